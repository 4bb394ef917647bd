import { sql } from 'kysely';
import type { Db } from './connection.js';
import { minutesSnapshot } from './documents/meeting-source.js';
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
    body: readBody(row.body_json, { meetingId: row.meeting_id, version: row.version }),
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

/**
 * Freezes a snapshot into every version that has none (migration 0012's document_json), for
 * versions written outside the app's write path (the bench generator's raw rows). Versions are
 * locked by 0008's trigger, so this lifts that trigger for its one transaction and puts it
 * back exactly as stored (SQLite: its SQL from sqlite_master). Not for the app's own archives:
 * a version made before 0012 keeps printing as it did.
 */
export async function backfillMinutesSnapshots(db: Db): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const trigger = await sql<{ sql: string }>`select sql from sqlite_master where type = 'trigger' and name = 'minutes_versions_update'`.execute(trx);
    const versions = await trx
      .selectFrom('minutes_versions as v')
      .innerJoin('minutes as m', 'm.id', 'v.minutes_id')
      .select(['v.id', 'v.fields_json', 'm.meeting_id'])
      .where('v.document_json', 'is', null)
      .orderBy('v.id')
      .execute();
    if (versions.length === 0) return 0;
    await sql`drop trigger if exists minutes_versions_update`.execute(trx);
    for (const v of versions) {
      const document = await minutesSnapshot(trx, v.meeting_id, v.fields_json);
      await trx.updateTable('minutes_versions').set({ document_json: JSON.stringify(document) }).where('id', '=', v.id).execute();
    }
    const create = trigger.rows[0]?.sql;
    if (create) await sql.raw(create).execute(trx);
    return versions.length;
  });
}
