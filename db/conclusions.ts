import { type Expression, type Selectable, type SqlBool, sql } from 'kysely';
import { readCursor } from './cursor.js';
import { notFound } from './errors.js';
import type { Reader } from './meetings-store.js';
import {
  type ConclusionDetail,
  type ConclusionItem,
  type ConclusionStatus,
  type ConclusionSummary,
  PAGE_DEFAULT_LIMIT,
  type Page,
  documentNumberSymbol,
  documentNumberText,
} from './model/index.js';
import { nameAsOf } from './person-names.js';
import type { ConclusionsTable } from './schema/index.js';

// Conclusion notices (thông báo kết luận), read: one notice with its directives, and the
// paged list. The number is the one the TB series holds (document_numbers): never a copy.

export type ConclusionRow = Selectable<ConclusionsTable>;

export async function conclusionRow(db: Reader, id: number): Promise<ConclusionRow> {
  const row = await db.selectFrom('conclusions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('conclusion', id);
  return row;
}

/** The columns of a summary; `k` the notice, `c` its committee, `mt` its meeting, `n` its number. */
const selectSummaries = (db: Reader) =>
  db
    .selectFrom('conclusions as k')
    .innerJoin('committees as c', 'c.id', 'k.committee_id')
    .leftJoin('meetings as mt', 'mt.id', 'k.meeting_id')
    .leftJoin('document_numbers as n', 'n.id', 'k.document_number_id')
    .select((eb) => [
      'k.id',
      'k.committee_id as committeeId',
      'c.name as committeeName',
      'c.document_format as documentFormat',
      'c.symbol as committeeSymbol',
      'k.meeting_id as meetingId',
      'mt.title as meetingTitle',
      'k.title',
      'k.status',
      'k.issued_on as datedOn',
      'n.number',
      'k.updated_at as updatedAt',
      eb
        .selectFrom('conclusion_items as i')
        .whereRef('i.conclusion_id', '=', 'k.id')
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('itemCount'),
    ]);

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummaries>['executeTakeFirstOrThrow']>>;

function toSummary(r: SummaryRow): ConclusionSummary {
  const numbered = r.number !== null;
  return {
    id: r.id,
    committeeId: r.committeeId,
    committeeName: r.committeeName,
    meetingId: r.meetingId,
    meetingTitle: r.meetingTitle,
    title: r.title,
    status: r.status,
    datedOn: r.datedOn,
    number: r.number,
    numberText: numbered ? documentNumberText(r.documentFormat, r.number as number, 'TB', r.committeeSymbol) : null,
    symbol: numbered ? documentNumberSymbol(r.documentFormat, r.number as number, 'TB', r.committeeSymbol) : null,
    itemCount: Number(r.itemCount ?? 0),
    updatedAt: r.updatedAt,
  };
}

const parseLines = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

export async function listItems(db: Reader, conclusionId: number): Promise<ConclusionItem[]> {
  const rows = await db
    .selectFrom('conclusion_items')
    .select(['id', 'position', 'text', 'sub_points_json'])
    .where('conclusion_id', '=', conclusionId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ id: r.id, position: r.position, text: r.text, subPoints: parseLines(r.sub_points_json) }));
}

/** The notice with its directives, its signer named as on its date, its recipients. */
export async function getConclusion(db: Reader, id: number): Promise<ConclusionDetail> {
  const summary = await selectSummaries(db).where('k.id', '=', id).executeTakeFirst();
  if (!summary) throw notFound('conclusion', id);
  const row = await conclusionRow(db, id);
  const signer =
    row.signer_person_id === null
      ? null
      : await db.selectFrom('people as p').select(nameAsOf(row.issued_on).as('name')).where('p.id', '=', row.signer_person_id).executeTakeFirst();
  return {
    ...toSummary(summary),
    documentNumberId: row.document_number_id,
    preamble: row.preamble,
    items: await listItems(db, id),
    signer: { personId: row.signer_person_id, name: signer?.name ?? null, form: row.signing_form, title: row.signer_title },
    recipients: parseLines(row.recipients_json),
    cancelReason: row.cancel_reason,
    createdAt: row.created_at,
  };
}

export interface ConclusionListInput {
  committeeId?: number;
  /** Notices dated in this calendar year. */
  year?: number;
  status?: ConclusionStatus;
  limit?: number;
  cursor?: string;
}

const isKey = (v: unknown[]): v is [string, number] => v.length === 2 && typeof v[0] === 'string' && Number.isInteger(v[1]);

/**
 * One page of notices, newest date first, filtered by committee, year and status in SQL;
 * keyset paging on (issued_on, id), served by conclusions_committee, conclusions_status or
 * conclusions_dated.
 */
export async function listConclusions(db: Reader, input: ConclusionListInput = {}): Promise<Page<ConclusionSummary>> {
  const limit = input.limit ?? PAGE_DEFAULT_LIMIT;
  let q = selectSummaries(db);
  if (input.committeeId !== undefined) q = q.where('k.committee_id', '=', input.committeeId);
  if (input.status !== undefined) q = q.where('k.status', '=', input.status);
  if (input.year !== undefined) {
    q = q.where('k.issued_on', '>=', `${input.year}-01-01`).where('k.issued_on', '<=', `${input.year}-12-31`);
  }
  if (input.cursor !== undefined) {
    const [on, id] = readCursor(input.cursor, isKey);
    q = q.where((eb): Expression<SqlBool> => sql<SqlBool>`(${eb.ref('k.issued_on')}, ${eb.ref('k.id')}) < (${on}, ${id})`);
  }
  const rows = await q.orderBy('k.issued_on', 'desc').orderBy('k.id', 'desc').limit(limit + 1).execute();
  const hasMore = rows.length > limit;
  const items = rows.slice(0, limit).map(toSummary);
  const last = items.at(-1);
  return { items, hasMore, nextCursor: hasMore && last ? JSON.stringify([last.datedOn, last.id]) : null };
}
