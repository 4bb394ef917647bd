import { sql } from 'kysely';
import { audit } from './audit.js';
import { nowIso } from './clock.js';
import type { Db } from './connection.js';
import { PERSON_DEPENDENTS } from './delete-records.js';
import { ArchiveError, notFound } from './errors.js';
import type { PersonMergeResult } from './model/index.js';
import { refreshPersonKeys } from './people-keys.js';
import { getPerson } from './people.js';

export type { PersonMergeResult };

const FILLABLE = ['position', 'organisation', 'phone', 'email', 'notes'] as const;

/**
 * Two records of one person become one: every reference to `mergeId` (PERSON_DEPENDENTS:
 * memberships, meetings' chair and secretary, presenters, attendance, signers, action
 * owners) moves to `keepId`; the kept record's blank fields take the merged one's values;
 * the merged record and its search words go; the kept one's search words are refreshed.
 * One transaction, audited on both records.
 */
export async function mergePeople(db: Db, keepId: number, mergeId: number, actor: string): Promise<PersonMergeResult> {
  if (keepId === mergeId) throw new ArchiveError('CONFLICT', 'a person cannot be merged into itself', { field: 'mergeId' });
  const moved = await db.transaction().execute(async (trx) => {
    const keep = await trx.selectFrom('people').selectAll().where('id', '=', keepId).executeTakeFirst();
    if (!keep) throw notFound('person', keepId);
    const merged = await trx.selectFrom('people').selectAll().where('id', '=', mergeId).executeTakeFirst();
    if (!merged) throw notFound('person', mergeId);
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
    await trx.deleteFrom('people').where('id', '=', mergeId).execute();
    await refreshPersonKeys(trx, keepId);
    await audit(trx, { actor, action: 'update', entity: 'person', entityId: keepId, detail: { merged: mergeId, moved, filled } });
    await audit(trx, { actor, action: 'delete', entity: 'person', entityId: mergeId, detail: { mergedInto: keepId, row: merged } });
    return moved;
  });
  return { person: await getPerson(db, keepId), moved };
}
