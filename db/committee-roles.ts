import type { Transaction } from 'kysely';
import { audit } from './audit.js';
import type { Db } from './connection.js';
import { ArchiveError, notFound } from './errors.js';
import type { CommitteeRole, Page } from './model/index.js';
import type { Database } from './schema/index.js';
import { cleanText } from './text/fold.js';

export type { CommitteeRole };

type Reader = Db | Transaction<Database>;

/** The committee's roles in order, each with how many memberships (past or present) use it. */
export async function listRoles(db: Reader, committeeId: number): Promise<Page<CommitteeRole>> {
  const committee = await db.selectFrom('committees').select('id').where('id', '=', committeeId).executeTakeFirst();
  if (!committee) throw notFound('committee', committeeId);
  const rows = await db
    .selectFrom('committee_roles as r')
    .select(['r.code', 'r.name', 'r.position'])
    .select((eb) =>
      eb
        .selectFrom('memberships as m')
        .whereRef('m.committee_id', '=', 'r.committee_id')
        .whereRef('m.role', '=', 'r.code')
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('memberships'),
    )
    .where('r.committee_id', '=', committeeId)
    .orderBy('r.position')
    .execute();
  const items = rows.map((r) => ({ code: r.code, name: r.name, position: r.position, memberships: Number(r.memberships) }));
  return { items, hasMore: false, nextCursor: null, total: items.length };
}

/** The role's name in the committee's list; NOT_FOUND-like CONFLICT when the code is not in it. */
export async function assertRole(db: Reader, committeeId: number, code: string, field = 'role'): Promise<string> {
  const row = await db
    .selectFrom('committee_roles')
    .select('name')
    .where('committee_id', '=', committeeId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) throw new ArchiveError('CONFLICT', `role ${code} is not in the roles of committee ${committeeId}`, { field, code });
  return row.name;
}

export interface RoleEntry {
  code?: string;
  name: string;
}

/** A fresh code for a role the clerk added: r1, r2, … (never reused within the committee). */
function nextCode(taken: Set<string>): string {
  for (let i = 1; ; i++) if (!taken.has(`r${i}`)) return `r${i}`;
}

/**
 * Replaces the committee's ordered list of roles in one audited transaction: entries with a
 * code keep (and may rename) that role, entries without get a new code, roles left out are
 * removed — refused with HAS_DEPENDENTS while memberships use one.
 */
export async function setRoles(db: Db, committeeId: number, entries: RoleEntry[], actor: string): Promise<Page<CommitteeRole>> {
  await db.transaction().execute(async (trx) => {
    const before = await listRoles(trx, committeeId);
    const existing = new Map(before.items.map((r) => [r.code, r]));
    const names = new Set<string>();
    for (const [i, e] of entries.entries()) {
      if (e.code !== undefined && !existing.has(e.code)) {
        throw new ArchiveError('CONFLICT', `role ${e.code} is not in the roles of committee ${committeeId}`, { field: `roles.${i}.code` });
      }
      const key = cleanText(e.name).toLocaleLowerCase('vi');
      if (names.has(key)) throw new ArchiveError('CONFLICT', `role "${e.name}" is listed twice`, { field: `roles.${i}.name` });
      names.add(key);
    }
    const kept = new Set(entries.flatMap((e) => (e.code === undefined ? [] : [e.code])));
    if (kept.size !== entries.filter((e) => e.code !== undefined).length) {
      throw new ArchiveError('CONFLICT', 'a role is listed twice', { field: 'roles' });
    }
    const removed = before.items.filter((r) => !kept.has(r.code));
    const inUse = removed.filter((r) => r.memberships > 0);
    if (inUse.length > 0) {
      throw new ArchiveError('HAS_DEPENDENTS', `roles in use cannot be removed: ${inUse.map((r) => r.name).join(', ')}`, {
        entity: 'committee_role',
        dependents: Object.fromEntries(inUse.map((r) => [r.code, r.memberships])),
      });
    }
    for (const r of removed) {
      await trx.deleteFrom('committee_roles').where('committee_id', '=', committeeId).where('code', '=', r.code).execute();
    }
    const taken = new Set(before.items.map((r) => r.code));
    // Positions are rewritten in two passes so that no two roles ever hold one position mid-way.
    const codes: string[] = [];
    for (const e of entries) {
      const name = cleanText(e.name);
      if (e.code !== undefined) {
        await trx.updateTable('committee_roles').set({ name, position: -1 - codes.length }).where('committee_id', '=', committeeId).where('code', '=', e.code).execute();
        codes.push(e.code);
      } else {
        const code = nextCode(taken);
        taken.add(code);
        await trx.insertInto('committee_roles').values({ committee_id: committeeId, code, name, position: -1 - codes.length }).execute();
        codes.push(code);
      }
    }
    for (const [i, code] of codes.entries()) {
      await trx.updateTable('committee_roles').set({ position: i }).where('committee_id', '=', committeeId).where('code', '=', code).execute();
    }
    await audit(trx, {
      actor,
      action: 'update',
      entity: 'committee',
      entityId: committeeId,
      detail: { roles: { before: before.items.map(({ code, name }) => ({ code, name })), after: codes.map((code, i) => ({ code, name: cleanText(entries[i]!.name) })) } },
    });
  });
  return listRoles(db, committeeId);
}
