import type { Generated } from 'kysely';

/** Files stored as BLOBs inside the archive (one file = the whole archive). */
export interface AttachmentsTable {
  id: Generated<number>;
  file_name: string;
  mime_type: string;
  size: number;
  sha256: string;
  data: Buffer;
  created_at: string;
}
