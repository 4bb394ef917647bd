import { ATTACHMENT_KINDS, type AttachmentKind, UNKNOWN_MIME, kindOfName } from './model/index.js';

/** Bytes read from the start of a file to check its type. */
export const SNIFF_BYTES = 64 * 1024;

const startsWith = (head: Uint8Array, magic: number[]) => magic.every((b, i) => head[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The folder an Office Open XML package keeps its part in. */
const OOXML_FOLDER: Partial<Record<AttachmentKind, string>> = { docx: 'word/', xlsx: 'xl/', pptx: 'ppt/' };

function isUtf8Text(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  try {
    // stream: a multi-byte character cut at the end of the head is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Whether the first bytes of a file are what `kind` starts with. */
export function bytesMatch(kind: AttachmentKind, head: Uint8Array): boolean {
  switch (kind) {
    case 'pdf':
      return startsWith(head, PDF);
    case 'png':
      return startsWith(head, PNG);
    case 'jpeg':
      return startsWith(head, JPEG);
    case 'docx':
    case 'xlsx':
    case 'pptx': {
      if (!startsWith(head, ZIP)) return false;
      // The part names sit in clear in the local headers: a package that names another
      // kind's folder (an .xlsx called .docx) is not what it claims.
      const ascii = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
      const own = OOXML_FOLDER[kind]!;
      const others = Object.values(OOXML_FOLDER).filter((f) => f !== own);
      return ascii.includes(own) || !others.some((f) => ascii.includes(f));
    }
    case 'doc':
    case 'xls':
    case 'ppt':
      return startsWith(head, OLE);
    case 'text':
      return isUtf8Text(head);
  }
}

/**
 * The type to store for a file: the one its name claims when its first bytes agree, else
 * application/octet-stream (kept, but only ever offered as a download, never shown inline).
 */
export function checkedMime(fileName: string, head: Uint8Array): string {
  const kind = kindOfName(fileName);
  return kind !== null && head.length > 0 && bytesMatch(kind, head) ? ATTACHMENT_KINDS[kind].mime : UNKNOWN_MIME;
}
