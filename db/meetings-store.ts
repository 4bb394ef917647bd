import type { Selectable, Transaction } from 'kysely';
import type { Db } from './connection.js';
import { ArchiveError, notFound } from './errors.js';
import { MEETING_EDITABLE_STATUSES, MEETING_LOCKED } from './model/index.js';
import type { Database, MeetingsTable } from './schema/index.js';

// What the meetings' queries and writes share: reading a meeting's row, the "may it still
// change" rule, and refusals as field-level VALIDATION issues the UI shows in Vietnamese.

export type Reader = Db | Transaction<Database>;
export type MeetingRow = Selectable<MeetingsTable>;

/** A refusal on one field, crossing the boundary as VALIDATION with its issue. */
export function invalid(path: string, message: string, english: string): ArchiveError {
  return new ArchiveError('VALIDATION', english, { issues: [{ path, message }] });
}

export async function meetingRow(db: Reader, id: number): Promise<MeetingRow> {
  const row = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('meeting', id);
  return row;
}

/** The meeting, which must still be open to changes (draft, invited or held). */
export async function editableMeeting(db: Reader, id: number): Promise<MeetingRow> {
  const row = await meetingRow(db, id);
  if (!MEETING_EDITABLE_STATUSES.includes(row.status)) {
    throw invalid('status', MEETING_LOCKED, `meeting ${id} is ${row.status} and can no longer change`);
  }
  return row;
}

/** Marks the meeting changed (its agenda, guests or attendance) inside the caller's transaction. */
export async function touchMeeting(trx: Transaction<Database>, id: number, at: string): Promise<void> {
  await trx.updateTable('meetings').set({ updated_at: at }).where('id', '=', id).execute();
}
