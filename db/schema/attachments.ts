import type { Generated } from 'kysely';

/** A file stored inside the archive; its bytes are in attachment_chunks (0009). */
export interface AttachmentsTable {
  id: Generated<number>;
  /** Safe for display and for saving (safeFileName). */
  file_name: string;
  /** Checked against the bytes (db/attachments-type.ts). */
  mime_type: string;
  size: number;
  sha256: string;
  created_at: Generated<string>;
  /** The name as given (0009). */
  original_name: string | null;
  /** The type the uploader declared (0009). */
  declared_mime: string | null;
}

/** A file's bytes in order, at most ATTACHMENT_CHUNK_BYTES each (0009). */
export interface AttachmentChunksTable {
  attachment_id: number;
  seq: number;
  data: Uint8Array;
}

export interface MeetingAttachmentsTable {
  meeting_id: number;
  attachment_id: number;
  created_at: Generated<string>;
}

export interface AgendaItemAttachmentsTable {
  agenda_item_id: number;
  attachment_id: number;
  created_at: Generated<string>;
}
