import type { Selectable, Transaction } from 'kysely';
import { audit } from './audit.js';
import { nowIso, systemClock } from './clock.js';
import type { Db } from './connection.js';
import { notFound } from './errors.js';
import { PAGE_DEFAULT_LIMIT, type Page, type Person, type PersonDetail, type PersonMembership, type Saved, type SaveWarning } from './model/index.js';
import type { Database } from './schema/index.js';
import type { PeopleTable } from './schema/people.js';
import { refreshPersonKeys } from './people-keys.js';
import { correctEarlierNames, recordNameChange } from './person-names.js';
import { cleanText, fold } from './text/fold.js';
import { vietnameseSortKey } from './text/sort-key.js';
import { archiveToday } from './today.js';

export type { Person, PersonDetail, PersonMembership };

export interface PersonInput {
  fullName: string;
  position?: string | null;
  organisation?: string | null;
  phone?: string | null;
  email?: string | null;
  notes?: string | null;
}

export type PersonPatch = Partial<PersonInput>;

export function toPerson(row: Selectable<PeopleTable>): Person {
  return {
    id: row.id,
    fullName: row.full_name,
    position: row.position,
    organisation: row.organisation,
    phone: row.phone,
    email: row.email,
    notes: row.notes,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Vietnamese name order: the stored sort key's order (given name first, folded, then marks). */
export function compareVietnameseNames(a: string, b: string): number {
  const ka = vietnameseSortKey(a);
  const kb = vietnameseSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export async function getPerson(db: Db, id: number): Promise<PersonDetail> {
  const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('person', id);
  const memberships = await db
    .selectFrom('memberships as m')
    .innerJoin('committees as c', 'c.id', 'm.committee_id')
    .innerJoin('committee_roles as r', (j) => j.onRef('r.committee_id', '=', 'm.committee_id').onRef('r.code', '=', 'm.role'))
    .select(['m.id', 'm.committee_id', 'c.name', 'm.role', 'r.name as role_name', 'm.position', 'm.from_date', 'm.to_date'])
    .where('m.person_id', '=', id)
    .orderBy('m.from_date', 'desc')
    .execute();
  return {
    ...toPerson(row),
    memberships: memberships.map((m) => ({
      id: m.id,
      committeeId: m.committee_id,
      committeeName: m.name,
      role: m.role,
      roleName: m.role_name,
      position: m.position,
      fromDate: m.from_date,
      toDate: m.to_date,
    })),
  };
}

function columns(input: PersonPatch) {
  const text = (v: string | null | undefined) => (v == null ? v : cleanText(v) || null);
  return {
    full_name: input.fullName === undefined ? undefined : cleanText(input.fullName),
    position: text(input.position),
    organisation: text(input.organisation),
    phone: text(input.phone),
    email: text(input.email),
    notes: input.notes == null ? input.notes : input.notes.normalize('NFC').trim() || null,
  };
}

export async function insertPerson(trx: Transaction<Database>, input: PersonInput, actor: string): Promise<number> {
  const now = nowIso();
  const { id } = await trx
    .insertInto('people')
    .values({ ...columns(input), full_name: cleanText(input.fullName), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await refreshPersonKeys(trx, id);
  await audit(trx, { actor, action: 'create', entity: 'person', entityId: id, detail: input });
  return id;
}

export interface DuplicateQuery {
  fullName: string;
  organisation?: string | null;
  /** The person being edited: not a duplicate of itself. */
  excludeId?: number;
  limit?: number;
}

/** A person's identity as the same-person rule compares it: folded name and organisation (null when blank). */
export interface PersonIdentity {
  nameFolded: string;
  organisationFolded: string | null;
}

export function personIdentity(fullName: string, organisation: string | null | undefined): PersonIdentity {
  const org = organisation ? fold(cleanText(organisation)) : '';
  return { nameFolded: fold(cleanText(fullName)), organisationFolded: org === '' ? null : org };
}

/**
 * THE same-person rule (people's duplicate warnings and the roster import both use it): the
 * same folded name, and the same folded organisation when both are given; a blank
 * organisation on either side leaves it open.
 */
export function maybeSamePerson(a: PersonIdentity, b: PersonIdentity): boolean {
  if (a.nameFolded !== b.nameFolded) return false;
  return a.organisationFolded === null || b.organisationFolded === null || a.organisationFolded === b.organisationFolded;
}

export type PersonMatch = { kind: 'none' } | { kind: 'match'; id: number } | { kind: 'ambiguous'; ids: number[] };

/**
 * Which archive person `who` is, for writes that must pick one (the roster import), among
 * the archive people of that folded name: one whose organisation equals (both given; the
 * oldest if several); else, when an organisation is blank, the only person of that name;
 * else 'ambiguous' when several might be (never a guess), 'none' when nobody can be.
 */
export function matchPerson(who: PersonIdentity, sameName: ReadonlyArray<PersonIdentity & { id: number }>): PersonMatch {
  const candidates = sameName.filter((p) => maybeSamePerson(who, p)).sort((x, y) => x.id - y.id);
  const exact = candidates.find((p) => who.organisationFolded !== null && p.organisationFolded === who.organisationFolded);
  if (exact) return { kind: 'match', id: exact.id };
  if (candidates.length === 0) return { kind: 'none' };
  const allOfName = sameName.filter((p) => p.nameFolded === who.nameFolded);
  if (allOfName.length === 1) return { kind: 'match', id: candidates[0]!.id };
  return { kind: 'ambiguous', ids: candidates.map((p) => p.id) };
}

/**
 * Likely duplicates by maybeSamePerson: the same folded name (people_duplicates index), and
 * the same folded organisation or either one blank. Shown before saving; never a refusal.
 */
export async function findDuplicates(db: Db | Transaction<Database>, input: DuplicateQuery): Promise<Page<Person>> {
  const limit = input.limit ?? PAGE_DEFAULT_LIMIT;
  const who = personIdentity(input.fullName, input.organisation);
  let query = db.selectFrom('people').selectAll().where('name_folded', '=', who.nameFolded);
  if (input.excludeId !== undefined) query = query.where('id', '!=', input.excludeId);
  const rows = (await query.orderBy('id').execute()).filter((p) => maybeSamePerson(who, { nameFolded: p.name_folded ?? '', organisationFolded: p.organisation_folded }));
  return { items: rows.slice(0, limit).map(toPerson), hasMore: rows.length > limit, nextCursor: null };
}

async function duplicateWarnings(trx: Transaction<Database>, id: number): Promise<SaveWarning[]> {
  const p = await trx.selectFrom('people').select(['full_name', 'organisation']).where('id', '=', id).executeTakeFirstOrThrow();
  const found = await findDuplicates(trx, { fullName: p.full_name, organisation: p.organisation, excludeId: id, limit: 20 });
  if (found.items.length === 0) return [];
  return [{ code: 'possible_duplicate_person', message: `likely the same person as #${found.items.map((d) => d.id).join(', #')}`, ids: found.items.map((d) => d.id) }];
}

export async function createPerson(db: Db, input: PersonInput, actor: string): Promise<Saved<PersonDetail>> {
  const { id, warnings } = await db.transaction().execute(async (trx) => {
    const id = await insertPerson(trx, input, actor);
    return { id, warnings: await duplicateWarnings(trx, id) };
  });
  return { ...(await getPerson(db, id)), warnings };
}

/**
 * Updates a person. A change of full name keeps the old one in the name history
 * (person_names), used until `today` (the archive's today, from the handler; the archive's
 * today by the system clock when a caller has none), so past rosters keep the old name.
 * With `nameCorrection` the new name fixes a misspelling: it holds for every date, so no
 * history row is written, and an earlier name of this person spelt exactly like the old
 * (misspelt) one is corrected too; other earlier names (real renames) stay.
 */
export async function updatePerson(
  db: Db,
  id: number,
  patch: PersonPatch,
  actor: string,
  today?: string,
  { nameCorrection = false }: { nameCorrection?: boolean | undefined } = {},
): Promise<Saved<PersonDetail>> {
  const changedOn = patch.fullName === undefined || nameCorrection ? undefined : (today ?? (await archiveToday(db, systemClock)).today);
  const warnings = await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('people').select('full_name').where('id', '=', id).executeTakeFirst();
    if (!before) throw notFound('person', id);
    const result = await trx
      .updateTable('people')
      .set({ ...columns(patch), updated_at: nowIso() })
      .where('id', '=', id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound('person', id);
    await refreshPersonKeys(trx, id);
    const newName = patch.fullName === undefined ? undefined : cleanText(patch.fullName);
    const renamed = changedOn !== undefined && (await recordNameChange(trx, id, before.full_name, newName!, changedOn));
    const corrected = nameCorrection && newName !== undefined && newName !== before.full_name;
    if (corrected) await correctEarlierNames(trx, id, before.full_name, newName);
    const detail = renamed
      ? { ...patch, previousName: before.full_name, renamedOn: changedOn }
      : corrected
        ? { ...patch, previousName: before.full_name, nameCorrection: true }
        : patch;
    await audit(trx, { actor, action: 'update', entity: 'person', entityId: id, detail });
    return patch.fullName !== undefined || patch.organisation !== undefined ? duplicateWarnings(trx, id) : [];
  });
  return { ...(await getPerson(db, id)), warnings };
}

/** Marks a person active or inactive (a person other records name is never deleted). Audited. */
export async function setPersonActive(db: Db, id: number, active: boolean, actor: string): Promise<PersonDetail> {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('people')
      .set({ active: active ? 1 : 0, updated_at: nowIso() })
      .where('id', '=', id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound('person', id);
    await audit(trx, { actor, action: 'update', entity: 'person', entityId: id, detail: { active } });
  });
  return getPerson(db, id);
}
