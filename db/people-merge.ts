import { type Transaction, sql } from 'kysely';
import { audit } from './audit.js';
import { nowIso } from './clock.js';
import type { Db } from './connection.js';
import { PERSON_DEPENDENTS } from './delete-records.js';
import { ArchiveError, notFound } from './errors.js';
import type { PersonMergeResult, RefusalDetail } from './model/index.js';
import { refreshPersonKeys } from './people-keys.js';
import { getPerson } from './people.js';
import { dropNameHistory } from './person-names.js';
import type { Database } from './schema/index.js';

export type { PersonMergeResult };

const FILLABLE = ['position', 'organisation', 'phone', 'email', 'notes'] as const;

/**
 * Two records of one person become one: every reference to `mergeId` (PERSON_DEPENDENTS:
 * memberships, meetings' chair and secretary, presenters, attendance, signers, action
 * owners) moves to `keepId`; the kept record's blank fields take the merged one's values;
 * the merged record and its search words go; the kept one's search words are refreshed.
 * Facts that become double by the move are folded into one: two attendance rows of one
 * meeting (the 'present' one is kept), two owner rows of one action (the lead one is kept),
 * two identical memberships. Two memberships of one committee whose terms overlap but
 * differ refuse the merge (CONFLICT naming the committee and dates). One transaction,
 * audited on both records; the audit of the kept one lists the folded rows.
 */
export async function mergePeople(db: Db, keepId: number, mergeId: number, actor: string): Promise<PersonMergeResult> {
  if (keepId === mergeId) throw new ArchiveError('CONFLICT', 'a person cannot be merged into itself', { field: 'mergeId' });
  const moved = await db.transaction().execute(async (trx) => {
    const keep = await trx.selectFrom('people').selectAll().where('id', '=', keepId).executeTakeFirst();
    if (!keep) throw notFound('person', keepId);
    const merged = await trx.selectFrom('people').selectAll().where('id', '=', mergeId).executeTakeFirst();
    if (!merged) throw notFound('person', mergeId);
    const folded: Record<string, unknown[]> = { memberships: await foldMemberships(trx, keep, merged) };
    const moved: Record<string, number> = {};
    for (const [table, column] of PERSON_DEPENDENTS) {
      const result = await trx
        .updateTable(table)
        .set({ [column]: keepId } as never)
        .where(sql.ref(column), '=', mergeId)
        .executeTakeFirst();
      const n = Number(result.numUpdatedRows);
      if (n > 0) moved[`${table}.${column}`] = n;
    }
    folded.attendance = await foldAttendance(trx, keepId);
    folded.action_owners = await foldActionOwners(trx, keepId);
    for (const key of Object.keys(folded)) if (folded[key]!.length === 0) delete folded[key];
    const filled: Record<string, string> = {};
    for (const field of FILLABLE) {
      const value = merged[field];
      if (keep[field] === null && value !== null) filled[field] = value;
    }
    await trx
      .updateTable('people')
      .set({ ...filled, active: keep.active === 1 || merged.active === 1 ? 1 : 0, updated_at: nowIso() })
      .where('id', '=', keepId)
      .execute();
    await trx.deleteFrom('people_words').where('person_id', '=', mergeId).execute();
    await dropNameHistory(trx, mergeId);
    await trx.deleteFrom('people').where('id', '=', mergeId).execute();
    await refreshPersonKeys(trx, keepId);
    await audit(trx, { actor, action: 'update', entity: 'person', entityId: keepId, detail: { merged: mergeId, mergedName: merged.full_name, moved, filled, folded } });
    await audit(trx, { actor, action: 'delete', entity: 'person', entityId: mergeId, detail: { mergedInto: keepId, mergedIntoName: keep.full_name, row: merged } });
    return moved;
  });
  return { person: await getPerson(db, keepId), moved };
}

type Trx = Transaction<Database>;
type Named = { id: number; full_name: string };

const sameTerm = (a: { to_date: string | null }, b: { from_date: string }) => a.to_date === null || b.from_date < a.to_date;

/**
 * The merged person's memberships that repeat one of the kept person's (same committee,
 * role, position, duty, dates, decisions) are deleted and returned; any other overlap of
 * terms in one committee throws CONFLICT.
 */
async function foldMemberships(trx: Trx, keep: Named, merged: Named): Promise<unknown[]> {
  const [keepId, mergeId] = [keep.id, merged.id];
  const rows = await trx
    .selectFrom('memberships')
    .innerJoin('committees', 'committees.id', 'memberships.committee_id')
    .selectAll('memberships')
    .select('committees.name as committee_name')
    .where('memberships.person_id', 'in', [keepId, mergeId])
    .orderBy('memberships.id')
    .execute();
  const kept = rows.filter((m) => m.person_id === keepId);
  const folded: unknown[] = [];
  for (const m of rows.filter((r) => r.person_id === mergeId)) {
    const clash = kept.find((k) => k.committee_id === m.committee_id && sameTerm(k, m) && sameTerm(m, k));
    if (!clash) continue;
    const identical = (['role', 'position', 'duty', 'from_date', 'to_date', 'decision_id', 'end_decision_id'] as const).every((f) => clash[f] === m[f]);
    if (!identical) {
      const detail: RefusalDetail = {
        kind: 'merge_overlapping_terms',
        committeeId: m.committee_id,
        committee: m.committee_name,
        keptName: keep.full_name,
        mergedName: merged.full_name,
        kept: { fromDate: clash.from_date, toDate: clash.to_date },
        merged: { fromDate: m.from_date, toDate: m.to_date },
      };
      throw new ArchiveError('CONFLICT', `both records are members of ${m.committee_name} over overlapping terms (${clash.from_date}–${clash.to_date ?? ''} and ${m.from_date}–${m.to_date ?? ''})`, {
        field: 'mergeId',
        detail,
        committeeId: m.committee_id,
        committee: m.committee_name,
        kept: { membershipId: clash.id, fromDate: clash.from_date, toDate: clash.to_date },
        merged: { membershipId: m.id, fromDate: m.from_date, toDate: m.to_date },
      });
    }
    await trx.deleteFrom('memberships').where('id', '=', m.id).execute();
    const { committee_name: _name, ...row } = m;
    folded.push(row);
  }
  return folded;
}

/** Rows of one fact about `personId` beyond the first by `rank` are deleted and returned. */
async function foldRows<T extends { id: number }>(trx: Trx, table: 'attendance' | 'action_owners', rows: T[], group: (r: T) => number, rank: (r: T) => number): Promise<T[]> {
  const best = new Map<number, T>();
  for (const r of rows) {
    const seen = best.get(group(r));
    if (seen === undefined || rank(r) < rank(seen)) best.set(group(r), r);
  }
  const extra = rows.filter((r) => best.get(group(r)) !== r);
  if (extra.length > 0) await trx.deleteFrom(table).where('id', 'in', extra.map((r) => r.id)).execute();
  return extra;
}

/** Two attendance rows of one meeting: the 'present' one stays (else the oldest). */
async function foldAttendance(trx: Trx, personId: number) {
  const rows = await trx.selectFrom('attendance').selectAll().where('person_id', '=', personId).orderBy('id').execute();
  return foldRows(trx, 'attendance', rows, (r) => r.meeting_id, (r) => (r.status === 'present' ? 0 : 1) * 1e12 + r.id);
}

/** Two owner rows of one action: the lead one stays (else the oldest). */
async function foldActionOwners(trx: Trx, personId: number) {
  const rows = await trx.selectFrom('action_owners').selectAll().where('person_id', '=', personId).orderBy('id').execute();
  return foldRows(trx, 'action_owners', rows, (r) => r.action_id, (r) => (r.is_lead === 1 ? 0 : 1) * 1e12 + r.id);
}
