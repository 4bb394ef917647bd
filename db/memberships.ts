import type { Transaction } from 'kysely';
import { audit } from './audit.js';
import { nowIso } from './clock.js';
import { assertRole } from './committee-roles.js';
import type { Db } from './connection.js';
import { ArchiveError, notFound } from './errors.js';
import type { Membership, RefusalDetail, Saved, SaveWarning } from './model/index.js';
import type { Database } from './schema/index.js';
import { cleanText } from './text/fold.js';

export type { Membership };

type Reader = Db | Transaction<Database>;

export interface MembershipInput {
  personId: number;
  committeeId: number;
  role: string;
  position?: string | null;
  duty?: string | null;
  fromDate: string;
  toDate?: string | null;
  decisionId?: number | null;
  endDecisionId?: number | null;
}

export type MembershipPatch = Partial<Omit<MembershipInput, 'personId' | 'committeeId'>>;

/** Memberships with their names resolved; filter with .where on the `m` alias. */
export function selectMemberships(db: Reader) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .innerJoin('committees as c', 'c.id', 'm.committee_id')
    .innerJoin('committee_roles as r', (j) => j.onRef('r.committee_id', '=', 'm.committee_id').onRef('r.code', '=', 'm.role'))
    .leftJoin('decisions as d', 'd.id', 'm.decision_id')
    .leftJoin('decisions as e', 'e.id', 'm.end_decision_id')
    .select([
      'm.id',
      'm.person_id as personId',
      'p.full_name as fullName',
      'm.committee_id as committeeId',
      'c.name as committeeName',
      'm.role',
      'r.name as roleName',
      'm.position',
      'm.duty',
      'm.from_date as fromDate',
      'm.to_date as toDate',
      'm.decision_id as decisionId',
      'd.number as decisionNumber',
      'm.end_decision_id as endDecisionId',
      'e.number as endDecisionNumber',
    ]);
}

export async function getMembership(db: Reader, id: number): Promise<Membership> {
  const row = await selectMemberships(db).where('m.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('membership', id);
  return row;
}

const text = (v: string | null | undefined) => (v == null ? v : cleanText(v) || null);
const multiline = (v: string | null | undefined) => (v == null ? v : v.normalize('NFC').trim() || null);

/** The decision must exist and belong to the committee. */
export async function assertDecision(db: Reader, committeeId: number, id: number | null | undefined, field: string): Promise<void> {
  if (id == null) return;
  const row = await db.selectFrom('decisions').select('committee_id').where('id', '=', id).executeTakeFirst();
  if (!row) throw new ArchiveError('NOT_FOUND', `decision ${id} does not exist`, { entity: 'decision', id, field });
  if (row.committee_id !== committeeId) {
    throw new ArchiveError('CONFLICT', `decision ${id} belongs to another committee`, { field, id });
  }
}

/** The refusal of a term that would end on or before its first day, naming the person and both dates. */
export function endsBeforeStart(fullName: string, fromDate: string, toDate: string, field: string, id?: number): ArchiveError {
  const detail: RefusalDetail = { kind: 'ends_before_start', fullName, fromDate, toDate };
  return new ArchiveError('CONFLICT', `${fullName}'s membership starts on ${fromDate}: it cannot end on ${toDate}`, {
    field,
    ...(id === undefined ? {} : { id }),
    detail,
  });
}

async function assertDates(db: Reader, personId: number, fromDate: string, toDate: string | null | undefined, id?: number): Promise<void> {
  if (toDate != null && toDate <= fromDate) {
    const person = await db.selectFrom('people').select('full_name').where('id', '=', personId).executeTakeFirst();
    throw endsBeforeStart(person?.full_name ?? `#${personId}`, fromDate, toDate, 'toDate', id);
  }
}

/** Another membership of the same person in the same committee overlapping [from, to): a warning. */
export async function overlapWarnings(
  db: Reader,
  m: { personId: number; committeeId: number; fromDate: string; toDate: string | null },
  excludeIds: number[] = [],
): Promise<SaveWarning[]> {
  let query = db
    .selectFrom('memberships')
    .select('id')
    .where('person_id', '=', m.personId)
    .where('committee_id', '=', m.committeeId)
    .where((w) => w.or([w('to_date', 'is', null), w('to_date', '>', m.fromDate)]));
  if (m.toDate !== null) query = query.where('from_date', '<', m.toDate);
  if (excludeIds.length > 0) query = query.where('id', 'not in', excludeIds);
  const ids = (await query.execute()).map((r) => r.id);
  if (ids.length === 0) return [];
  return [{ code: 'already_member', message: `person ${m.personId} is already a member in that period`, ids }];
}

/** Inserts a membership inside the caller's transaction, audited; the role must be in the committee's list. */
export async function insertMembership(trx: Transaction<Database>, input: MembershipInput, actor: string): Promise<number> {
  const person = await trx.selectFrom('people').select('id').where('id', '=', input.personId).executeTakeFirst();
  if (!person) throw notFound('person', input.personId);
  const committee = await trx.selectFrom('committees').select('id').where('id', '=', input.committeeId).executeTakeFirst();
  if (!committee) throw notFound('committee', input.committeeId);
  await assertRole(trx, input.committeeId, input.role);
  await assertDecision(trx, input.committeeId, input.decisionId, 'decisionId');
  await assertDecision(trx, input.committeeId, input.endDecisionId, 'endDecisionId');
  await assertDates(trx, input.personId, input.fromDate, input.toDate);
  const { id } = await trx
    .insertInto('memberships')
    .values({
      person_id: input.personId,
      committee_id: input.committeeId,
      role: input.role,
      position: text(input.position) ?? null,
      duty: multiline(input.duty) ?? null,
      from_date: input.fromDate,
      to_date: input.toDate ?? null,
      decision_id: input.decisionId ?? null,
      end_decision_id: input.endDecisionId ?? null,
      created_at: nowIso(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(trx, { actor, action: 'create', entity: 'membership', entityId: id, detail: input });
  return id;
}

export async function createMembership(db: Db, input: MembershipInput, actor: string): Promise<Saved<Membership>> {
  const { id, warnings } = await db.transaction().execute(async (trx) => {
    const id = await insertMembership(trx, input, actor);
    const warnings = await overlapWarnings(trx, { ...input, toDate: input.toDate ?? null }, [id]);
    return { id, warnings };
  });
  return { ...(await getMembership(db, id)), warnings };
}

/** Corrects a membership as entered. Audited with the values before and after. */
export async function updateMembership(db: Db, id: number, patch: MembershipPatch, actor: string): Promise<Membership> {
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('memberships').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw notFound('membership', id);
    if (patch.role !== undefined) await assertRole(trx, before.committee_id, patch.role);
    await assertDecision(trx, before.committee_id, patch.decisionId, 'decisionId');
    await assertDecision(trx, before.committee_id, patch.endDecisionId, 'endDecisionId');
    await assertDates(trx, before.person_id, patch.fromDate ?? before.from_date, patch.toDate === undefined ? before.to_date : patch.toDate, id);
    await trx
      .updateTable('memberships')
      .set({
        role: patch.role,
        position: text(patch.position),
        duty: multiline(patch.duty),
        from_date: patch.fromDate,
        to_date: patch.toDate,
        decision_id: patch.decisionId,
        end_decision_id: patch.endDecisionId,
      })
      .where('id', '=', id)
      .execute();
    await audit(trx, { actor, action: 'update', entity: 'membership', entityId: id, detail: { before, patch } });
  });
  return getMembership(db, id);
}

/** Ends a membership on `toDate` (exclusive: the first day off the roster), by a decision or not. */
export async function endMembershipIn(
  trx: Transaction<Database>,
  id: number,
  toDate: string,
  endDecisionId: number | null | undefined,
  actor: string,
): Promise<void> {
  const before = await trx.selectFrom('memberships').selectAll().where('id', '=', id).executeTakeFirst();
  if (!before) throw notFound('membership', id);
  await assertDecision(trx, before.committee_id, endDecisionId, 'endDecisionId');
  if (before.to_date !== null && before.to_date <= toDate) {
    throw new ArchiveError('CONFLICT', `membership ${id} already ended on ${before.to_date}`, { field: 'toDate', id });
  }
  await assertDates(trx, before.person_id, before.from_date, toDate, id);
  await trx
    .updateTable('memberships')
    .set({ to_date: toDate, end_decision_id: endDecisionId ?? null })
    .where('id', '=', id)
    .execute();
  await audit(trx, { actor, action: 'update', entity: 'membership', entityId: id, detail: { end: { toDate, endDecisionId: endDecisionId ?? null } } });
}

export async function endMembership(db: Db, id: number, toDate: string, endDecisionId: number | null | undefined, actor: string): Promise<Membership> {
  await db.transaction().execute((trx) => endMembershipIn(trx, id, toDate, endDecisionId, actor));
  return getMembership(db, id);
}

/** Removes a membership entered by mistake; audited with the row. */
export async function deleteMembership(db: Db, id: number, actor: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('memberships').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('membership', id);
    await trx.deleteFrom('memberships').where('id', '=', id).execute();
    await audit(trx, { actor, action: 'delete', entity: 'membership', entityId: id, detail: row });
  });
}
