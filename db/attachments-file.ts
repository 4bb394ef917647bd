import fs from 'node:fs';
import { type AttachmentInfo, type AttachmentTarget, attachmentChunks, storeAttachment, tooLarge } from './attachments.js';
import type { Db } from './connection.js';
import { ATTACHMENT_CHUNK_BYTES, ATTACHMENT_MAX_BYTES } from './model/index.js';

// Files on the host's disk in and out of the archive, a chunk at a time: the hosts' upload
// and "save a copy" jobs. Paths come from the host (its temp folder, its save dialog), never
// from the renderer.

/** A file's bytes, 1 MiB at a time, read synchronously (inside the writer's transaction). */
function* fileChunks(file: string): Generator<Uint8Array> {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(ATTACHMENT_CHUNK_BYTES);
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) return;
      yield buffer.subarray(0, n);
    }
  } finally {
    fs.closeSync(fd);
  }
}

export interface StoreFileInput {
  /** A file on the host's disk. */
  file: string;
  fileName: string;
  declaredMime?: string | null;
  target?: AttachmentTarget;
  /** Delete `file` afterwards, stored or not (an upload's temp file). */
  removeFile?: boolean;
}

/** Stores a file from the host's disk in one transaction with its audit entry (and link). */
export async function storeAttachmentFile(db: Db, input: StoreFileInput, actor: string): Promise<AttachmentInfo> {
  try {
    const { size } = fs.statSync(input.file);
    if (size > ATTACHMENT_MAX_BYTES) throw tooLarge(size);
    return await storeAttachment(db, { fileName: input.fileName, declaredMime: input.declaredMime ?? null, declaredSize: size, chunks: fileChunks(input.file) }, actor, input.target);
  } finally {
    if (input.removeFile) fs.rmSync(input.file, { force: true });
  }
}

/** Writes an attachment to `file` (the host's save dialog's choice): to a .part file, then renamed. */
export async function saveAttachmentCopy(db: Db, attachmentId: number, file: string): Promise<{ size: number }> {
  const part = `${file}.part`;
  const fd = fs.openSync(part, 'w');
  let size = 0;
  try {
    for await (const chunk of attachmentChunks(db, attachmentId)) {
      fs.writeSync(fd, chunk);
      size += chunk.length;
    }
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(part, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  fs.renameSync(part, file);
  return { size };
}
