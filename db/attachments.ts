import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { attachmentDependents } from './attachments-orphans.js';
import { checkedMime, SNIFF_BYTES } from './attachments-type.js';
import { audit } from './audit.js';
import { nowIso } from './clock.js';
import type { Db } from './connection.js';
import { ArchiveError, notFound } from './errors.js';
import { editableMeeting, meetingRow } from './meetings-store.js';
import {
  ATTACHMENT_CHUNK_BYTES,
  ATTACHMENT_LIST_MAX,
  ATTACHMENT_MAX_BYTES,
  type AttachmentInfo,
  type AttachmentTarget,
  type Page,
  safeFileName,
} from './model/index.js';
import type { Database } from './schema/index.js';

export type { AttachmentInfo, AttachmentTarget };
type Reader = Db | Transaction<Database>;

// Attachments: a file's bytes live in attachment_chunks (at most 1 MiB each), written and
// read one chunk at a time, so neither a write nor a read ever holds a whole file. The two
// functions that move bytes (writeChunk, readChunk) are the only ones that know chunks are
// BLOB rows; the rest is plain Kysely.

/** Stores one chunk (SQLite: a BLOB row). */
async function writeChunk(trx: Transaction<Database>, attachmentId: number, seq: number, data: Uint8Array): Promise<void> {
  await trx.insertInto('attachment_chunks').values({ attachment_id: attachmentId, seq, data }).execute();
}

/** One chunk of a file, or null past its end. */
export async function readChunk(db: Reader, attachmentId: number, seq: number): Promise<Uint8Array | null> {
  const row = await db.selectFrom('attachment_chunks').select('data').where('attachment_id', '=', attachmentId).where('seq', '=', seq).executeTakeFirst();
  return row ? row.data : null;
}

/** A file's bytes, chunk by chunk, in order. */
export async function* attachmentChunks(db: Reader, attachmentId: number): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq++) {
    const chunk = await readChunk(db, attachmentId, seq);
    if (chunk === null) return;
    yield chunk;
  }
}

export function tooLarge(size: number | string): ArchiveError {
  return new ArchiveError('TOO_LARGE', `the file is larger than ${ATTACHMENT_MAX_BYTES} bytes (${size})`, { limit: ATTACHMENT_MAX_BYTES });
}

export interface AttachmentSource {
  /** The name as given (made safe before it is stored or shown). */
  fileName: string;
  declaredMime?: string | null;
  /** The size the sender announced: above the limit, refused before a byte is read. */
  declaredSize?: number;
  /** The bytes, in pieces of any size. */
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>;
}

const SELECT = ['a.id', 'a.file_name', 'a.mime_type', 'a.size', 'a.sha256', 'a.created_at'] as const;
type InfoRow = { id: number; file_name: string; mime_type: string; size: number; sha256: string; created_at: string };
const toInfo = (r: InfoRow): AttachmentInfo => ({ id: r.id, fileName: r.file_name, mimeType: r.mime_type, size: r.size, sha256: r.sha256, createdAt: r.created_at });

export async function getAttachment(db: Reader, id: number): Promise<AttachmentInfo> {
  const row = await db.selectFrom('attachments as a').select(SELECT).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('attachment', id);
  return toInfo(row);
}

/**
 * Writes the chunks of a new attachment inside the caller's transaction; returns its
 * description. Counts while it reads: past ATTACHMENT_MAX_BYTES it throws TOO_LARGE (the
 * caller's transaction then rolls back every chunk written).
 */
async function insertAttachment(trx: Transaction<Database>, source: AttachmentSource): Promise<AttachmentInfo> {
  const fileName = safeFileName(source.fileName);
  const { id } = await trx
    .insertInto('attachments')
    .values({
      file_name: fileName,
      original_name: source.fileName.normalize('NFC').slice(0, 1000),
      declared_mime: source.declaredMime?.slice(0, 200) ?? null,
      mime_type: 'application/octet-stream',
      size: 0,
      sha256: '',
      created_at: nowIso(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const hash = createHash('sha256');
  let size = 0;
  let seq = 0;
  // One staging chunk, filled and written again and again: nothing grows with the file.
  const staging = Buffer.allocUnsafe(ATTACHMENT_CHUNK_BYTES);
  let fill = 0;
  let head: Buffer | null = null;
  const heads: Buffer[] = [];
  for await (const part of source.chunks) {
    const bytes = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    size += bytes.length;
    if (size > ATTACHMENT_MAX_BYTES) throw tooLarge(`more than ${ATTACHMENT_MAX_BYTES} read`);
    hash.update(bytes);
    if (head === null) {
      heads.push(Buffer.from(bytes.subarray(0, SNIFF_BYTES)));
      if (heads.reduce((n, b) => n + b.length, 0) >= SNIFF_BYTES) head = Buffer.concat(heads).subarray(0, SNIFF_BYTES);
    }
    for (let offset = 0; offset < bytes.length; ) {
      const n = Math.min(ATTACHMENT_CHUNK_BYTES - fill, bytes.length - offset);
      bytes.copy(staging, fill, offset, offset + n);
      fill += n;
      offset += n;
      if (fill === ATTACHMENT_CHUNK_BYTES) {
        await writeChunk(trx, id, seq++, staging);
        fill = 0;
      }
    }
  }
  if (fill > 0) await writeChunk(trx, id, seq++, staging.subarray(0, fill));
  if (size === 0) throw new ArchiveError('VALIDATION', 'the file is empty', { issues: [{ path: 'file', message: 'empty_file' }] });
  head ??= Buffer.concat(heads);
  const info = { mime_type: checkedMime(fileName, head), size, sha256: hash.digest('hex') };
  await trx.updateTable('attachments').set(info).where('id', '=', id).execute();
  return getAttachment(trx, id);
}

/**
 * The target must exist and, for a meeting or an agenda item, its meeting must still be open
 * to changes (VALIDATION status: meeting_locked once the minutes are finalized or it is
 * cancelled, as every other meeting write). Cheap: the upload route asks it before streaming.
 */
export async function checkAttachmentTarget(db: Reader, target: AttachmentTarget, change: 'add' | 'remove' = 'add'): Promise<void> {
  // Files are added to a finalized or cancelled meeting too (the signed scan of the minutes comes
  // after they are finalized); none is taken away from one: its record is closed.
  const check = (meetingId: number) => (change === 'remove' ? editableMeeting(db, meetingId) : meetingRow(db, meetingId));
  if ('meetingId' in target) {
    await check(target.meetingId);
  } else if ('agendaItemId' in target) {
    const item = await db.selectFrom('agenda_items').select('meeting_id').where('id', '=', target.agendaItemId).executeTakeFirst();
    if (!item) throw notFound('agenda item', target.agendaItemId);
    await check(item.meeting_id);
  } else if (!(await db.selectFrom('decisions').select('id').where('id', '=', target.decisionId).executeTakeFirst())) {
    throw notFound('decision', target.decisionId);
  }
}

const assertTarget = (trx: Transaction<Database>, target: AttachmentTarget) => checkAttachmentTarget(trx, target);

/**
 * Links an attachment inside the caller's transaction. A decision has one scan: linking
 * another replaces the reference and keeps the old attachment (never deleted). Audited.
 */
async function insertLink(trx: Transaction<Database>, attachmentId: number, target: AttachmentTarget, actor: string): Promise<void> {
  await assertTarget(trx, target);
  if ('decisionId' in target) {
    const before = await trx.selectFrom('decisions').select('attachment_id').where('id', '=', target.decisionId).executeTakeFirstOrThrow();
    await trx.updateTable('decisions').set({ attachment_id: attachmentId }).where('id', '=', target.decisionId).execute();
    // The replaced scan stays referenced (0016): never an orphan, never deleted as one.
    if (before.attachment_id !== null && before.attachment_id !== attachmentId) {
      await trx
        .insertInto('decision_previous_scans')
        .values({ decision_id: target.decisionId, attachment_id: before.attachment_id, replaced_at: nowIso() })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    await audit(trx, { actor, action: 'update', entity: 'decision', entityId: target.decisionId, detail: { scan: attachmentId, replaced: before.attachment_id } });
    return;
  }
  const exists =
    'meetingId' in target
      ? await trx.selectFrom('meeting_attachments').select('attachment_id').where('meeting_id', '=', target.meetingId).where('attachment_id', '=', attachmentId).executeTakeFirst()
      : await trx.selectFrom('agenda_item_attachments').select('attachment_id').where('agenda_item_id', '=', target.agendaItemId).where('attachment_id', '=', attachmentId).executeTakeFirst();
  if (exists) throw new ArchiveError('CONFLICT', `attachment ${attachmentId} is already linked there`, { attachmentId });
  if ('meetingId' in target) await trx.insertInto('meeting_attachments').values({ meeting_id: target.meetingId, attachment_id: attachmentId }).execute();
  else await trx.insertInto('agenda_item_attachments').values({ agenda_item_id: target.agendaItemId, attachment_id: attachmentId }).execute();
  await audit(trx, { actor, action: 'update', entity: 'attachment', entityId: attachmentId, detail: { link: target } });
}

/**
 * Stores a file in the archive in one transaction with its audit entry (and its link to
 * `target`, if given): all or nothing. Refused (TOO_LARGE) before reading when the declared
 * size is above the limit, and while reading once the bytes pass it.
 */
export async function storeAttachment(db: Db, source: AttachmentSource, actor: string, target?: AttachmentTarget): Promise<AttachmentInfo> {
  if (source.declaredSize !== undefined && source.declaredSize > ATTACHMENT_MAX_BYTES) throw tooLarge(source.declaredSize);
  return db.transaction().execute(async (trx) => {
    if (target) await assertTarget(trx, target);
    const info = await insertAttachment(trx, source);
    await audit(trx, {
      actor,
      action: 'create',
      entity: 'attachment',
      entityId: info.id,
      detail: { ...info, originalName: source.fileName, declaredMime: source.declaredMime ?? null },
    });
    if (target) await insertLink(trx, info.id, target, actor);
    return info;
  });
}

export async function linkAttachment(db: Db, attachmentId: number, target: AttachmentTarget, actor: string): Promise<AttachmentInfo> {
  return db.transaction().execute(async (trx) => {
    const info = await getAttachment(trx, attachmentId);
    await insertLink(trx, attachmentId, target, actor);
    return info;
  });
}

/** Removes a meeting's or an agenda item's link; the attachment itself stays. Audited. */
export async function unlinkAttachment(db: Db, attachmentId: number, target: { meetingId: number } | { agendaItemId: number }, actor: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await checkAttachmentTarget(trx, target, 'remove');
    const result =
      'meetingId' in target
        ? await trx.deleteFrom('meeting_attachments').where('meeting_id', '=', target.meetingId).where('attachment_id', '=', attachmentId).executeTakeFirst()
        : await trx.deleteFrom('agenda_item_attachments').where('agenda_item_id', '=', target.agendaItemId).where('attachment_id', '=', attachmentId).executeTakeFirst();
    if (result.numDeletedRows === 0n) throw notFound('attachment link', attachmentId);
    await audit(trx, { actor, action: 'update', entity: 'attachment', entityId: attachmentId, detail: { unlink: target } });
  });
}

export { attachmentDependents } from './attachments-orphans.js';

/** Deletes an attachment nothing links to (HAS_DEPENDENTS otherwise), with its chunks. Audited. */
export async function deleteAttachment(db: Db, id: number, actor: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const info = await getAttachment(trx, id);
    const dependents = await attachmentDependents(trx, id);
    if (Object.keys(dependents).length > 0) {
      throw new ArchiveError('HAS_DEPENDENTS', `attachment ${id} cannot be deleted while records refer to it`, { entity: 'attachment', id, dependents });
    }
    await trx.deleteFrom('attachment_chunks').where('attachment_id', '=', id).execute();
    await trx.deleteFrom('attachments').where('id', '=', id).execute();
    await audit(trx, { actor, action: 'delete', entity: 'attachment', entityId: id, detail: info });
  });
}

/** A meeting's or an agenda item's files, in the order they were added (at most ATTACHMENT_LIST_MAX). */
export async function listAttachments(db: Reader, target: { meetingId: number } | { agendaItemId: number }): Promise<Page<AttachmentInfo>> {
  const rows =
    'meetingId' in target
      ? await db
          .selectFrom('meeting_attachments as l')
          .innerJoin('attachments as a', 'a.id', 'l.attachment_id')
          .select(SELECT)
          .where('l.meeting_id', '=', target.meetingId)
          .orderBy('l.attachment_id')
          .limit(ATTACHMENT_LIST_MAX + 1)
          .execute()
      : await db
          .selectFrom('agenda_item_attachments as l')
          .innerJoin('attachments as a', 'a.id', 'l.attachment_id')
          .select(SELECT)
          .where('l.agenda_item_id', '=', target.agendaItemId)
          .orderBy('l.attachment_id')
          .limit(ATTACHMENT_LIST_MAX + 1)
          .execute();
  return { items: rows.slice(0, ATTACHMENT_LIST_MAX).map(toInfo), hasMore: rows.length > ATTACHMENT_LIST_MAX, nextCursor: null };
}
