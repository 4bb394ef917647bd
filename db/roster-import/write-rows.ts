import type { Transaction } from 'kysely';
import type { AuditEntry } from '../audit.js';
import { nowIso } from '../clock.js';
import type { RosterImportRow } from '../model/index.js';
import type { Database } from '../schema/index.js';
import { type PersonKeys, personKeys } from '../people-keys.js';
import { cleanText } from '../text/fold.js';
import { newPersonKeys } from './overlap.js';

// The import's writes, many rows per statement: new people with their search keys (computed
// in JS by personKeys of db/people-keys.ts, the function refreshPersonKeys uses), then the memberships, each with the audit entry
// insertPerson / insertMembership would write (collected for auditMany()). Not those
// functions row by row: their per-row lookups and audit made 10,000 rows take 34 s here,
// against seconds in bulk. The checks they make are made for all rows at once before:
// roles against the committee's list (parse-rows), decisions of this committee
// (apply.ts), dates (parse-rows), people and committee existing (check-archive, apply).

// At most ~10 columns each: well under SQLite's 32,766 bound parameters per statement.
const ROWS_PER_INSERT = 500;

async function inChunks<T>(items: readonly T[], size: number, write: (chunk: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await write(items.slice(i, i + size));
}

/**
 * Creates the people of the rows that matched nobody: one per newPersonKeys key (two rows of
 * one new person make one record). Returns each such row's new person id.
 */
export async function insertNewPeople(
  trx: Transaction<Database>,
  rows: readonly RosterImportRow[],
  actor: string,
  audits: AuditEntry[],
): Promise<{ idOf: (row: RosterImportRow) => number | undefined; count: number }> {
  const keyOf = newPersonKeys(rows);
  const byKey = new Map<string, RosterImportRow>();
  for (const r of rows) if (r.personId === null && !byKey.has(keyOf(r))) byKey.set(keyOf(r), r);
  const now = nowIso();
  const ids = new Map<string, number>();
  const people = [...byKey.entries()].map(([key, r]) => {
    const fullName = cleanText(r.fullName);
    return { key, fullName, r, keys: personKeys(fullName, r.position, r.organisation) };
  });
  const words: Array<{ word: string; person_id: number }> = [];
  await inChunks(people, ROWS_PER_INSERT, async (chunk) => {
    const inserted = await trx
      .insertInto('people')
      .values(
        chunk.map(({ fullName, r, keys }) => ({
          full_name: fullName,
          position: r.position,
          organisation: r.organisation,
          created_at: now,
          updated_at: now,
          ...columnsOf(keys),
        })),
      )
      .returning(['id', 'full_name', 'position', 'organisation'])
      .execute();
    // RETURNING's order is unspecified; the rowids are given in the VALUES' order.
    inserted.sort((a, b) => a.id - b.id).forEach((p, i) => {
      const { key, keys } = chunk[i]!;
      ids.set(key, p.id);
      for (const word of keys.words) words.push({ word, person_id: p.id });
      // The detail insertPerson (db/people.ts) writes: the person's fields.
      audits.push({ actor, action: 'create', entity: 'person', entityId: p.id, detail: { fullName: p.full_name, position: p.position, organisation: p.organisation } });
    });
  });
  await inChunks(words, 5000, async (chunk) => {
    await trx.insertInto('people_words').values(chunk).execute();
  });
  return { idOf: (row) => ids.get(keyOf(row)), count: ids.size };
}

function columnsOf({ words: _words, ...columns }: PersonKeys): Omit<PersonKeys, 'words'> {
  return columns;
}

export async function insertMemberships(
  trx: Transaction<Database>,
  committeeId: number,
  rows: ReadonlyArray<RosterImportRow & { personId: number; decisionId: number | null }>,
  actor: string,
  audits: AuditEntry[],
): Promise<void> {
  const now = nowIso();
  await inChunks(rows, ROWS_PER_INSERT, async (chunk) => {
    const inserted = await trx
      .insertInto('memberships')
      .values(
        chunk.map((r) => ({
          person_id: r.personId,
          committee_id: committeeId,
          role: r.role!,
          position: r.position,
          duty: r.duty,
          from_date: r.fromDate!,
          to_date: r.toDate,
          decision_id: r.decisionId,
          end_decision_id: null,
          created_at: now,
        })),
      )
      .returning(['id', 'person_id', 'role', 'position', 'duty', 'from_date', 'to_date', 'decision_id'])
      .execute();
    for (const m of inserted) {
      // The detail insertMembership (db/memberships.ts) writes: a MembershipInput.
      const detail = {
        personId: m.person_id,
        committeeId,
        role: m.role,
        position: m.position,
        duty: m.duty,
        fromDate: m.from_date,
        toDate: m.to_date,
        decisionId: m.decision_id,
        endDecisionId: null,
      };
      audits.push({ actor, action: 'create', entity: 'membership', entityId: m.id, detail });
    }
  });
}
