import type { Db } from './connection.js';
import { readCursor } from './cursor.js';
import type { Reader } from './meetings-store.js';
import { type AttachmentInfo, PAGE_DEFAULT_LIMIT, type Page } from './model/index.js';

// Attachments nothing refers to any more (an unlinked slide, a replaced scan): the clerk sees
// them in a list and may delete them one by one (attachments.delete). Never by cascade.

/**
 * Every table whose rows refer to an attachment, with the referring column: one list for
 * "may it be deleted" (attachmentDependents) and "is it an orphan" (listOrphanAttachments).
 * A migration that adds a reference to attachments adds its table here.
 */
export const ATTACHMENT_REFERENCES = [
  { table: 'meeting_attachments', column: 'attachment_id' },
  { table: 'agenda_item_attachments', column: 'attachment_id' },
  { table: 'decisions', column: 'attachment_id' },
  // FB (0016): a decision's replaced scans stay referenced
  { table: 'decision_previous_scans', column: 'attachment_id' },
  { table: 'progress_updates', column: 'attachment_id' },
] as const;

/** How many rows of each referring table name the attachment (empty: it may be deleted). */
export async function attachmentDependents(db: Reader, id: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table, column } of ATTACHMENT_REFERENCES) {
    const { n } = await db
      .selectFrom(table)
      .select((s) => s.fn.countAll<number>().as('n'))
      .where(column, '=', id)
      .executeTakeFirstOrThrow();
    if (Number(n) > 0) counts[table] = Number(n);
  }
  return counts;
}

const isIdKey = (v: unknown[]): v is [number] => v.length === 1 && Number.isInteger(v[0]);

/** The orphans, oldest first (by id), paged: name, size, type and when each was added. */
export async function listOrphanAttachments(db: Db, input: { limit?: number; cursor?: string } = {}): Promise<Page<AttachmentInfo>> {
  const limit = input.limit ?? PAGE_DEFAULT_LIMIT;
  let query = db.selectFrom('attachments as a').select(['a.id', 'a.file_name', 'a.mime_type', 'a.size', 'a.sha256', 'a.created_at']);
  for (const { table, column } of ATTACHMENT_REFERENCES) {
    query = query.where(({ not, exists, selectFrom }) => not(exists(selectFrom(table).select(column).whereRef(column, '=', 'a.id'))));
  }
  if (input.cursor !== undefined) query = query.where('a.id', '>', readCursor(input.cursor, isIdKey)[0]);
  const rows = await query.orderBy('a.id').limit(limit + 1).execute();
  const items = rows.slice(0, limit).map((r) => ({ id: r.id, fileName: r.file_name, mimeType: r.mime_type, size: r.size, sha256: r.sha256, createdAt: r.created_at }));
  const hasMore = rows.length > limit;
  return { items, hasMore, nextCursor: hasMore ? JSON.stringify([items.at(-1)!.id]) : null };
}
