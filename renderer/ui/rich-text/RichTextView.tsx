import { useMemo } from 'react';
import type { RichTextDoc } from '../../../electron/contract';
import { richTextHtml } from './safe-html';
import './rich-text.css';

/**
 * A rich-text document, read-only (minutes on screen, in print, in the versions compare).
 * The HTML comes only from richTextHtml: built from the validated JSON and sanitized last.
 */
export function RichTextView({ doc, label }: { doc: RichTextDoc | unknown; label?: string }) {
  const html = useMemo(() => richTextHtml(doc), [doc]);
  // The one place HTML is set: from richTextHtml alone (allow-listed and sanitized).
  return <div className="rich-text" role="document" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
