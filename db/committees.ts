import type { Selectable, Transaction } from 'kysely';
import { audit } from './audit.js';
import { namingAsOf, recordCommitteeNaming } from './committee-names.js';
import { nowIso } from './clock.js';
import type { Db } from './connection.js';
import { ArchiveError, notFound } from './errors.js';
import type { Committee, CommitteeLevel, CommitteeSaved, DocumentFormat, SaveWarning } from './model/index.js';
import { PAGE_DEFAULT_LIMIT, type Page } from './model/page.js';
import type { CommitteesTable, Database } from './schema/index.js';
import { sameCommitteeName } from './model/fold.js';
import { cleanText, fold } from './text/fold.js';

export type { Committee, CommitteeSaved };

export interface CommitteeInput {
  name: string;
  shortName?: string | null;
  level: CommitteeLevel;
  parentBody?: string | null;
  parentCommitteeId?: number | null;
  placeName?: string | null;
  documentFormat?: DocumentFormat;
  conclusionSymbol?: string | null;
  /** The issuing body in capitals, as printed. */
  issuingBody?: string | null;
  symbol?: string | null;
  timeZone?: string | null;
}

export type CommitteePatch = Partial<CommitteeInput>;

type Row = Selectable<CommitteesTable> & { member_count: number };

function toCommittee(row: Row): Committee {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    level: row.level,
    parentBody: row.parent_body,
    parentCommitteeId: row.parent_committee_id,
    placeName: row.place_name,
    documentFormat: row.document_format,
    conclusionSymbol: row.conclusion_symbol,
    issuingBody: row.issuing_body,
    symbol: row.symbol,
    timeZone: row.time_zone,
    memberCount: row.member_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function selectCommittees(db: Db | Transaction<Database>, today: string) {
  return db
    .selectFrom('committees as c')
    .selectAll('c')
    .select((eb) =>
      eb
        .selectFrom('memberships as m')
        .whereRef('m.committee_id', '=', 'c.id')
        .where('m.from_date', '<=', today)
        .where((w) => w.or([w('m.to_date', 'is', null), w('m.to_date', '>', today)]))
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('member_count'),
    );
}

export interface CommitteeListInput {
  level?: CommitteeLevel;
  /** null: the committees at the top of the tree; a number: that committee's children. */
  parentCommitteeId?: number | null;
  /** Names containing this text, folded (no accents, no case, đ = d): the committee pickers' search. */
  query?: string;
  limit?: number;
  offset?: number;
}

/** One page of committees by name, with the total; `memberCount` counts the members on `today` (committees are few: offset paging). */
export async function listCommittees(db: Db, input: CommitteeListInput, today: string): Promise<Page<Committee>> {
  const limit = input.limit ?? PAGE_DEFAULT_LIMIT;
  const offset = input.offset ?? 0;
  let rowsQuery = selectCommittees(db, today);
  let countQuery = db.selectFrom('committees as c').select((s) => s.fn.countAll<number>().as('n'));
  let namesQuery = db.selectFrom('committees as c').select(['c.id', 'c.name']);
  if (input.level !== undefined) {
    rowsQuery = rowsQuery.where('c.level', '=', input.level);
    countQuery = countQuery.where('c.level', '=', input.level);
    namesQuery = namesQuery.where('c.level', '=', input.level);
  }
  if (input.parentCommitteeId !== undefined) {
    rowsQuery = rowsQuery.where('c.parent_committee_id', 'is', input.parentCommitteeId);
    countQuery = countQuery.where('c.parent_committee_id', 'is', input.parentCommitteeId);
    namesQuery = namesQuery.where('c.parent_committee_id', 'is', input.parentCommitteeId);
  }
  const words = input.query === undefined ? [] : fold(cleanText(input.query)).split(' ').filter(Boolean);
  if (words.length > 0) {
    // Committees are few (a bounded table): their names are folded here, by the one fold,
    // rather than in SQL (SQLite cannot fold đ); then the page is read by id.
    const names = await namesQuery.orderBy('c.name').orderBy('c.id').execute();
    const matching = names.filter((c) => {
      const name = fold(cleanText(c.name));
      return words.every((w) => name.includes(w));
    });
    const ids = matching.slice(offset, offset + limit).map((c) => c.id);
    const rows = ids.length === 0 ? [] : await rowsQuery.where('c.id', 'in', ids).orderBy('c.name').orderBy('c.id').execute();
    return { items: rows.map((r) => toCommittee(r as Row)), hasMore: offset + ids.length < matching.length, nextCursor: null, total: matching.length };
  }
  const rows = await rowsQuery.orderBy('c.name').orderBy('c.id').limit(limit).offset(offset).execute();
  const total = Number((await countQuery.executeTakeFirstOrThrow()).n);
  const hasMore = offset + rows.length < total;
  return { items: rows.map((r) => toCommittee(r as Row)), hasMore, nextCursor: null, total };
}

/**
 * The committee as it was on `asOf` (a roster's day, or today): its name, issuing body and
 * parent body of that day (committee_names, 0011), its other settings as they are now.
 */
export async function getCommittee(db: Db, id: number, asOf: string): Promise<Committee> {
  const row = await selectCommittees(db, asOf).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('committee', id);
  const then = await namingAsOf(db, id, asOf);
  return toCommittee(then ? { ...(row as Row), ...then } : (row as Row));
}

function columns(input: CommitteePatch) {
  const text = (v: string | null | undefined) => (v == null ? v : cleanText(v) || null);
  return {
    name: input.name === undefined ? undefined : cleanText(input.name),
    short_name: text(input.shortName),
    level: input.level,
    parent_body: text(input.parentBody),
    parent_committee_id: input.parentCommitteeId,
    place_name: text(input.placeName),
    document_format: input.documentFormat,
    conclusion_symbol: text(input.conclusionSymbol),
    issuing_body: text(input.issuingBody)?.toLocaleUpperCase('vi'),
    symbol: text(input.symbol),
    time_zone: text(input.timeZone),
  };
}

async function assertParent(db: Transaction<Database>, id: number | null | undefined, self?: number) {
  if (id == null) return;
  if (id === self) throw new ArchiveError('CONFLICT', 'A committee cannot be its own parent', { field: 'parentCommitteeId' });
  const parent = await db.selectFrom('committees').select('parent_committee_id').where('id', '=', id).executeTakeFirst();
  if (!parent) throw notFound('committee', id);
  if (self === undefined) return;
  // The new parent must not sit below this committee: walk up its ancestors.
  const seen = new Set<number>([id]);
  for (let up = parent.parent_committee_id; up !== null && !seen.has(up); ) {
    if (up === self) {
      throw new ArchiveError('CONFLICT', 'A committee cannot be placed under its own sub-committee', { field: 'parentCommitteeId' });
    }
    seen.add(up);
    const row = await db.selectFrom('committees').select('parent_committee_id').where('id', '=', up).executeTakeFirst();
    up = row?.parent_committee_id ?? null;
  }
}

/** A sibling (same parent) with the same name, folded: a warning, never a refusal. */
async function duplicateNameWarnings(trx: Transaction<Database>, id: number): Promise<SaveWarning[]> {
  const self = await trx.selectFrom('committees').select(['name', 'parent_committee_id']).where('id', '=', id).executeTakeFirstOrThrow();
  const siblings = await trx
    .selectFrom('committees')
    .select(['id', 'name'])
    .where('parent_committee_id', 'is', self.parent_committee_id)
    .where('id', '!=', id)
    .execute();
  const same = siblings.filter((s) => sameCommitteeName(s.name, self.name)).map((s) => s.id);
  if (same.length === 0) return [];
  return [{ code: 'duplicate_committee_name', message: `another committee under the same parent is named "${self.name}"`, ids: same }];
}

export async function createCommittee(db: Db, input: CommitteeInput, actor: string, today: string): Promise<CommitteeSaved> {
  const { id, warnings } = await db.transaction().execute(async (trx) => {
    await assertParent(trx, input.parentCommitteeId);
    const now = nowIso();
    const { id } = await trx
      .insertInto('committees')
      .values({ ...columns(input), name: cleanText(input.name), level: input.level, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, { actor, action: 'create', entity: 'committee', entityId: id, detail: input });
    return { id, warnings: await duplicateNameWarnings(trx, id) };
  });
  return { ...(await getCommittee(db, id, today)), warnings };
}

export async function updateCommittee(
  db: Db,
  id: number,
  patch: CommitteePatch,
  actor: string,
  today: string,
): Promise<CommitteeSaved> {
  const warnings = await db.transaction().execute(async (trx) => {
    const NAMING = ['name', 'issuing_body', 'parent_body'] as const;
    const before = await trx.selectFrom('committees').select(NAMING).where('id', '=', id).executeTakeFirst();
    if (!before) throw notFound('committee', id);
    await assertParent(trx, patch.parentCommitteeId, id);
    await trx
      .updateTable('committees')
      .set({ ...columns(patch), updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
    // The earlier name stays the name of the days before today (a past roster prints it).
    const after = await trx.selectFrom('committees').select(NAMING).where('id', '=', id).executeTakeFirstOrThrow();
    const renamed = await recordCommitteeNaming(trx, id, before, after, today);
    await audit(trx, { actor, action: 'update', entity: 'committee', entityId: id, detail: renamed ? { ...patch, previous: before, renamedOn: today } : patch });
    return duplicateNameWarnings(trx, id);
  });
  return { ...(await getCommittee(db, id, today)), warnings };
}

/** Moves the committee under `parentCommitteeId` (null: to the top); a loop is refused. */
export function moveCommittee(db: Db, id: number, parentCommitteeId: number | null, actor: string, today: string): Promise<CommitteeSaved> {
  return updateCommittee(db, id, { parentCommitteeId }, actor, today);
}
