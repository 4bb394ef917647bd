import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { RichTextDoc } from '../../../electron/contract';
import '../../ui/rich-text/rich-text.css';
import { EditorToolbar } from './EditorToolbar';
import { minutesExtensions } from './editor-extensions';

/** The rich-text editor of the minutes' body (Tiptap 3), limited to the model's nodes and marks. */
export function MinutesEditor({ initial, onChange, label }: { initial: RichTextDoc; onChange: (doc: RichTextDoc) => void; label: string }) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: minutesExtensions,
    content: initial,
    // The CSP allows no inline <style>: the editor's CSS is in rich-text.css.
    injectCSS: false,
    shouldRerenderOnTransaction: true,
    editorProps: { attributes: { 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', spellcheck: 'false' } },
    onUpdate: ({ editor: e }) => onChange(e.getJSON() as RichTextDoc),
  });
  if (!editor) return <div>{t('common.loading')}</div>;
  return (
    <div className="rich-text-editor">
      <EditorToolbar editor={editor} />
      <EditorContent editor={editor} />
    </div>
  );
}
