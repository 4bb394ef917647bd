import type { Db } from './connection.js';
import { ArchiveError, notFound } from './errors.js';
import { defaultMinutesFields, readBody, readFields } from './minutes-fields.js';
import type { MinutesComparison, MinutesVersion } from './model/index.js';

/** One locked version of the minutes (the original or an amendment), with its text. */
export async function getMinutesVersion(db: Db, id: number): Promise<MinutesVersion> {
  const row = await db
    .selectFrom('minutes_versions as v')
    .innerJoin('minutes as m', 'm.id', 'v.minutes_id')
    .select(['v.id', 'v.version', 'v.kind', 'v.reason', 'v.made_on', 'v.actor', 'v.created_at', 'v.fields_json', 'v.body_json', 'm.meeting_id'])
    .where('v.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('minutes version', id);
  const defaults = await defaultMinutesFields(db, row.meeting_id);
  return {
    id: row.id,
    version: row.version,
    kind: row.kind,
    reason: row.reason,
    madeOn: row.made_on,
    actor: row.actor,
    createdAt: row.created_at,
    meetingId: row.meeting_id,
    fields: readFields(row.fields_json, defaults),
    body: readBody(row.body_json),
  };
}

/** Two versions of the same minutes, side by side (the renderer shows each as safe HTML). */
export async function compareMinutesVersions(db: Db, leftId: number, rightId: number): Promise<MinutesComparison> {
  const [left, right] = [await getMinutesVersion(db, leftId), await getMinutesVersion(db, rightId)];
  if (left.meetingId !== right.meetingId) {
    throw new ArchiveError('CONFLICT', `Versions ${leftId} and ${rightId} belong to different minutes`, { leftId, rightId });
  }
  return { left, right };
}
