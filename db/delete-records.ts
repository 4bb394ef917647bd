import { type Transaction, sql } from 'kysely';
import { audit } from './audit.js';
import type { Db } from './connection.js';
import { ArchiveError, notFound } from './errors.js';
import type { Database } from './schema/index.js';

export type Reference = readonly [table: keyof Database, column: string];

/** Every record that refers to a committee or a person (the schema refuses to cascade). */
export const COMMITTEE_DEPENDENTS: readonly Reference[] = [
  ['committees', 'parent_committee_id'],
  ['decisions', 'committee_id'],
  ['memberships', 'committee_id'],
  ['meetings', 'committee_id'],
  ['conclusions', 'committee_id'],
  ['actions', 'committee_id'],
  // M1 (meetings): the committee's document number series (0007)
  ['document_numbers', 'committee_id'],
];

export const PERSON_DEPENDENTS: readonly Reference[] = [
  ['memberships', 'person_id'],
  ['meetings', 'chair_person_id'],
  ['meetings', 'secretary_person_id'],
  ['agenda_items', 'presenter_person_id'],
  ['attendance', 'person_id'],
  ['conclusions', 'signer_person_id'],
  ['action_owners', 'person_id'],
];

/** How many records of each kind refer to `id`; only the non-zero ones, e.g. { meetings: 3 }. */
async function dependents(trx: Transaction<Database>, refs: readonly Reference[], id: number): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const [table, column] of refs) {
    const row = await trx
      .selectFrom(table)
      .select((s) => s.fn.countAll<number>().as('n'))
      .where(sql.ref(column), '=', id)
      .executeTakeFirstOrThrow();
    const n = Number(row.n);
    if (n > 0) found[`${table}.${column}`] = n;
  }
  return found;
}

/** Rows that belong to a committee (its list of roles), not records: removed with the committee. */
export const COMMITTEE_DERIVED: readonly Reference[] = [
  ['committee_roles', 'committee_id'],
  // F1 (0011): its earlier names go with it.
  ['committee_names', 'committee_id'],
];

/** Rows derived from a person (the search words), not records: removed with the person. */
export const PERSON_DERIVED: readonly Reference[] = [
  ['people_words', 'person_id'],
  // R-A: a person's earlier names (0010) go with the person.
  ['person_names', 'person_id'],
];

async function deleteRecord(
  db: Db,
  entity: 'committee' | 'person',
  table: 'committees' | 'people',
  refs: readonly Reference[],
  id: number,
  actor: string,
  derived: readonly Reference[] = [],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound(entity, id);
    const found = await dependents(trx, refs, id);
    if (Object.keys(found).length > 0) {
      const list = Object.entries(found).map(([ref, n]) => `${n} ${ref}`).join(', ');
      throw new ArchiveError('HAS_DEPENDENTS', `${entity} ${id} cannot be deleted while other records refer to it: ${list}`, {
        entity,
        id,
        dependents: found,
      });
    }
    for (const [derivedTable, column] of derived) await trx.deleteFrom(derivedTable).where(sql.ref(column), '=', id).execute();
    await trx.deleteFrom(table).where('id', '=', id).execute();
    await audit(trx, { actor, action: 'delete', entity, entityId: id, detail: row });
  });
}

/** Deletes a committee that nothing refers to; refused with HAS_DEPENDENTS otherwise. Audited. */
export function deleteCommittee(db: Db, id: number, actor: string): Promise<void> {
  return deleteRecord(db, 'committee', 'committees', COMMITTEE_DEPENDENTS, id, actor, COMMITTEE_DERIVED);
}

/** Deletes a person that nothing refers to; refused with HAS_DEPENDENTS otherwise. Audited. */
export function deletePerson(db: Db, id: number, actor: string): Promise<void> {
  return deleteRecord(db, 'person', 'people', PERSON_DEPENDENTS, id, actor, PERSON_DERIVED);
}
