// Attachments stored inside the archive (migration 0009): limits, the types the bytes are
// checked against, what a list shows, and the one rule for a file's name. Imports nothing.

/** At most 200 MB per file (decimal megabytes, as the clerk's file manager counts them). */
export const ATTACHMENT_MAX_BYTES = 200 * 1000 * 1000;
/** Bytes per stored chunk (attachment_chunks.data). */
export const ATTACHMENT_CHUNK_BYTES = 1024 * 1024;
/** A list of one meeting's or one agenda item's files is capped (no paging beyond). */
export const ATTACHMENT_LIST_MAX = 200;

/** The type stored when the bytes do not match the name (never shown inline). */
export const UNKNOWN_MIME = 'application/octet-stream';

/** The file kinds recognised by their bytes (magic numbers), with the extensions that claim them. */
export const ATTACHMENT_KINDS = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'] },
  png: { mime: 'image/png', extensions: ['png'] },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'] },
  doc: { mime: 'application/msword', extensions: ['doc'] },
  xls: { mime: 'application/vnd.ms-excel', extensions: ['xls'] },
  ppt: { mime: 'application/vnd.ms-powerpoint', extensions: ['ppt'] },
  text: { mime: 'text/plain; charset=utf-8', extensions: ['txt'] },
} as const;
export type AttachmentKind = keyof typeof ATTACHMENT_KINDS;

/** Types a browser may show in a tab of its own: never HTML, SVG or anything scriptable. */
export const INLINE_SAFE_MIMES: readonly string[] = ['application/pdf', 'image/png', 'image/jpeg'];

/** What an attachment link is attached to. */
export type AttachmentTarget = { meetingId: number } | { agendaItemId: number } | { decisionId: number };

export interface AttachmentInfo {
  id: number;
  /** Safe for display and for saving (safeFileName). */
  fileName: string;
  /** Checked against the bytes; UNKNOWN_MIME when they did not match the name. */
  mimeType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

// Bidirectional controls (LRM/RLM, embeddings, overrides, isolates, ALM): they make
// "gpj.exe" read as "exe.jpg" on screen.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const RESERVED = /[<>:"|?*]/g;
const MAX_NAME = 180;
/** Half of a surrogate pair on its own (with the u flag a whole pair is one code point and does not match). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/**
 * A file's name made safe for display and for saving: the last path part only (no "../",
 * no folders of either system), no control or bidirectional characters, no characters
 * Windows refuses, no lone surrogates, no leading dots, at most 180 code points (the extension kept).
 */
export function safeFileName(name: string, fallback = 'tep-dinh-kem'): string {
  const last = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let clean = last.replace(BIDI, '').replace(CONTROL, '').replace(LONE_SURROGATE, '').replace(RESERVED, '_').replace(/\s+/g, ' ').trim();
  clean = clean.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  // Counted and cut by code points: an emoji at the limit is kept whole or left out, never halved.
  const points = Array.from(clean);
  if (points.length > MAX_NAME) {
    const dot = points.lastIndexOf('.');
    const ext = dot > 0 && points.length - dot <= 10 ? points.slice(dot).join('') : '';
    clean = points.slice(0, MAX_NAME - Array.from(ext).length).join('').trimEnd() + ext;
  }
  return clean || fallback;
}

/** The extension of a (safe) name, lower case, without the dot. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The kind a name claims by its extension, or null. */
export function kindOfName(name: string): AttachmentKind | null {
  const ext = fileExtension(name);
  for (const [kind, def] of Object.entries(ATTACHMENT_KINDS)) if ((def.extensions as readonly string[]).includes(ext)) return kind as AttachmentKind;
  return null;
}
