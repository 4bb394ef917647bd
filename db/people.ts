import type { Selectable, Transaction } from 'kysely';
import { audit } from './audit.js';
import { nowIso } from './clock.js';
import type { Db } from './connection.js';
import { notFound } from './errors.js';
import type { Person, PersonDetail, PersonMembership } from './model/index.js';
import type { Database } from './schema/index.js';
import type { PeopleTable } from './schema/people.js';
import { refreshPersonKeys } from './people-keys.js';
import { cleanText } from './text/fold.js';
import { vietnameseSortKey } from './text/sort-key.js';

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
    .select(['m.id', 'm.committee_id', 'c.name', 'm.role', 'm.position', 'm.from_date', 'm.to_date'])
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

export async function createPerson(db: Db, input: PersonInput, actor: string): Promise<PersonDetail> {
  const id = await db.transaction().execute((trx) => insertPerson(trx, input, actor));
  return getPerson(db, id);
}

export async function updatePerson(db: Db, id: number, patch: PersonPatch, actor: string): Promise<PersonDetail> {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('people')
      .set({ ...columns(patch), updated_at: nowIso() })
      .where('id', '=', id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound('person', id);
    await refreshPersonKeys(trx, id);
    await audit(trx, { actor, action: 'update', entity: 'person', entityId: id, detail: patch });
  });
  return getPerson(db, id);
}
