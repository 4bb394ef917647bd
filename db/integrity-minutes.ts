import { sql } from 'kysely';
import { type AuditChainState, verifyAuditChain } from './audit-chain.js';
import { auditMany } from './audit.js';
import type { Db } from './connection.js';
import { minutesVersionHash } from './minutes-seal.js';

// The signed minutes, checked against their seals (issue 8 cold review). Finalize and each
// amendment write the SHA-256 of the version's stored content into their chained audit entry
// (db/minutes-seal.ts; migration 0015 sealed the versions made before it). This check
// recomputes every version's hash, checks that finalized minutes still hold their original
// and that minutes with versions are still finalized, and that the triggers locking them are
// there with the SQL their migrations wrote. Any mismatch is reported, naming the meeting and
// the version: an archive whose signed text was forged by SQL never reads as ok.

export type MinutesIntegrityCode =
  | 'guard_removed'
  | 'guard_replaced'
  | 'version_changed'
  | 'version_unsealed'
  | 'version_missing'
  | 'minutes_reopened'
  | 'original_changed'
  | 'finalized_without_version';

export interface MinutesIntegrityProblem {
  code: MinutesIntegrityCode;
  meetingId: number | null;
  version: number | null;
  versionId: number | null;
  /** The trigger, for guard_removed / guard_replaced. */
  trigger?: string;
  reason: string;
}

export type MinutesIntegrityState = { status: 'ok'; versions: number } | { status: 'broken'; problem: MinutesIntegrityProblem };

/** The triggers locking the minutes, as migrations 0008 and 0015 wrote them (white space folded, lower case). */
const GUARDS: Record<string, string> = {
  minutes_finalized_update:
    "create trigger minutes_finalized_update before update on minutes when old.status = 'finalized' begin select raise(abort, 'minutes_finalized: finalized minutes cannot be changed; amend them'); end",
  minutes_finalized_delete:
    "create trigger minutes_finalized_delete before delete on minutes when old.status = 'finalized' begin select raise(abort, 'minutes_finalized: finalized minutes cannot be deleted'); end",
  minutes_versions_update:
    "create trigger minutes_versions_update before update on minutes_versions begin select raise(abort, 'minutes_finalized: a version of the minutes cannot be changed'); end",
  minutes_versions_delete:
    "create trigger minutes_versions_delete before delete on minutes_versions begin select raise(abort, 'minutes_finalized: a version of the minutes cannot be deleted'); end",
  minutes_versions_insert:
    "create trigger minutes_versions_insert before insert on minutes_versions when (select status from minutes where id = new.minutes_id) is not 'finalized' begin select raise(abort, 'minutes_not_finalized: versions are made by finalizing and amending'); end",
  minutes_versions_no_replace:
    "create trigger minutes_versions_no_replace before insert on minutes_versions when exists (select 1 from minutes_versions where id = new.id or (minutes_id = new.minutes_id and version = new.version)) begin select raise(abort, 'minutes_finalized: a version of the minutes cannot be replaced'); end",
  minutes_finalized_no_replace:
    "create trigger minutes_finalized_no_replace before insert on minutes when exists (select 1 from minutes where (id = new.id or meeting_id = new.meeting_id) and status = 'finalized') begin select raise(abort, 'minutes_finalized: finalized minutes cannot be replaced'); end",
};
const folded = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Versions read at a time: the walk holds one batch of texts in memory, whatever the archive's size. */
const BATCH = 500;

const broken = (problem: MinutesIntegrityProblem): MinutesIntegrityState => ({ status: 'broken', problem });
const at = (meetingId: number | null, version: number | null) =>
  `the minutes of meeting ${meetingId ?? '?'}${version === null ? '' : `, version ${version},`}`;

async function guards(db: Db): Promise<MinutesIntegrityState | null> {
  const { rows } = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master where type = 'trigger' and tbl_name in ('minutes', 'minutes_versions')`.execute(db);
  for (const [name, expected] of Object.entries(GUARDS)) {
    const found = rows.find((r) => r.name === name);
    const base = { meetingId: null, version: null, versionId: null, trigger: name };
    if (!found) return broken({ ...base, code: 'guard_removed', reason: `the minutes' lock ${name} was removed` });
    if (folded(found.sql) !== expected) return broken({ ...base, code: 'guard_replaced', reason: `the minutes' lock ${name} was replaced by another` });
  }
  return null;
}

/** The seals in the audit log: version id → its hash and minutes. */
async function seals(db: Db): Promise<Map<number, { hash: string; minutesId: number; meetingId: number | null; version: number | null }>> {
  const { rows } = await sql<{ entity_id: number; version_id: number; hash: string; meeting_id: number | null; version: number | null }>`
    select entity_id, json_extract(detail_json, '$.versionId') as version_id, json_extract(detail_json, '$.contentHash') as hash,
      json_extract(detail_json, '$.meetingId') as meeting_id, coalesce(json_extract(detail_json, '$.version'), json_extract(detail_json, '$.amendment')) as version
    from audit_log where entity = 'minutes' and json_extract(detail_json, '$.contentHash') is not null`.execute(db);
  return new Map(rows.map((r) => [Number(r.version_id), { hash: String(r.hash), minutesId: r.entity_id, meetingId: r.meeting_id, version: r.version }]));
}

/** Checks every signed version against its seal; see the file's head. */
export async function verifyMinutesIntegrity(db: Db): Promise<MinutesIntegrityState> {
  const guarded = await guards(db);
  if (guarded) return guarded;
  const sealed = await seals(db);
  let lastId = 0;
  let versions = 0;
  for (;;) {
    const rows = await db
      .selectFrom('minutes_versions as v')
      .innerJoin('minutes as m', 'm.id', 'v.minutes_id')
      .select(['v.id', 'v.minutes_id', 'v.version', 'v.fields_json', 'v.body_json', 'v.document_json', 'm.meeting_id', 'm.status'])
      .select(['m.fields_json as minutes_fields', 'm.body_json as minutes_body'])
      .where('v.id', '>', lastId)
      .orderBy('v.id')
      .limit(BATCH)
      .execute();
    for (const v of rows) {
      versions += 1;
      lastId = v.id;
      const base = { meetingId: v.meeting_id, version: v.version, versionId: v.id };
      const seal = sealed.get(v.id);
      if (!seal || seal.minutesId !== v.minutes_id) return broken({ ...base, code: 'version_unsealed', reason: `${at(v.meeting_id, v.version)} has no seal in the audit log (written outside the app)` });
      sealed.delete(v.id);
      if (seal.hash !== minutesVersionHash(v)) return broken({ ...base, code: 'version_changed', reason: `${at(v.meeting_id, v.version)} was changed after it was signed` });
      if (v.status !== 'finalized') return broken({ ...base, code: 'minutes_reopened', reason: `${at(v.meeting_id, null)} were reopened as a draft after they were signed` });
      // Finalized minutes keep the original's text in their own row (the triggers lock it).
      if (v.version === 1 && (v.minutes_fields !== v.fields_json || v.minutes_body !== v.body_json)) {
        return broken({ ...base, code: 'original_changed', reason: `${at(v.meeting_id, null)} no longer hold their signed original` });
      }
    }
    if (rows.length < BATCH) break;
  }
  for (const [versionId, seal] of sealed) {
    return broken({ meetingId: seal.meetingId, version: seal.version, versionId, code: 'version_missing', reason: `${at(seal.meetingId, seal.version)} was removed after it was signed` });
  }
  const orphan = await db
    .selectFrom('minutes as m')
    .select('m.meeting_id')
    .where('m.status', '=', 'finalized')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('minutes_versions as v').select('v.id').whereRef('v.minutes_id', '=', 'm.id'))))
    .executeTakeFirst();
  if (orphan) {
    return broken({ meetingId: orphan.meeting_id, version: null, versionId: null, code: 'finalized_without_version', reason: `${at(orphan.meeting_id, null)} are finalized but have no signed version` });
  }
  return { status: 'ok', versions };
}

/** What `status`, archive.verifyAudit and the check run: the audit chain, then the signed minutes against their seals. */
export async function verifyArchive(db: Db): Promise<AuditChainState & { minutes?: MinutesIntegrityProblem }> {
  const chain = await verifyAuditChain(db);
  if (chain.status !== 'ok') return chain;
  const minutes = await verifyMinutesIntegrity(db);
  if (minutes.status === 'ok') return chain;
  return { status: 'broken', entries: chain.entries, entryId: null, reason: minutes.problem.reason, minutes: minutes.problem };
}

/**
 * Seals the versions that have none (the bench generator's raw rows, after their snapshots
 * were back-filled): one audit entry each, as migration 0015 did for older archives. Not for
 * the app's own archives: their versions are sealed when made.
 */
export async function sealUnsealedMinutesVersions(db: Db, actor: string, at?: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const sealed = await seals(trx);
    const rows = await trx
      .selectFrom('minutes_versions as v')
      .innerJoin('minutes as m', 'm.id', 'v.minutes_id')
      .select(['v.id', 'v.minutes_id', 'v.version', 'v.fields_json', 'v.body_json', 'v.document_json', 'm.meeting_id'])
      .orderBy('v.id')
      .execute();
    const missing = rows.filter((v) => !sealed.has(v.id));
    const entries = missing.map((v) => ({
      actor,
      action: 'update' as const,
      entity: 'minutes',
      entityId: v.minutes_id,
      detail: { meetingId: v.meeting_id, sealed: true, version: v.version, versionId: v.id, contentHash: minutesVersionHash(v) },
    }));
    await auditMany(trx, entries, at);
    return missing.length;
  });
}
