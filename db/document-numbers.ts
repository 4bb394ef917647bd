import type { Selectable, Transaction } from 'kysely';
import { audit } from './audit.js';
import { nowIso, systemClock } from './clock.js';
import type { Db } from './connection.js';
import { readCursor } from './cursor.js';
import { ArchiveError, notFound } from './errors.js';
import { type Reader, invalid } from './meetings-store.js';
import {
  type DocumentNumber,
  type DocumentType,
  type NumberingSettings,
  PAGE_DEFAULT_LIMIT,
  type Page,
  type RefusalDetail,
  documentNumberPeriod,
  documentNumberSymbol,
  documentNumberText,
} from './model/index.js';
import type { Database, DocumentNumbersTable } from './schema/index.js';
import { archiveToday } from './today.js';

// The one numbering mechanism: a series per committee and document type (GM giấy mời, TB
// thông báo kết luận, ...), per calendar year (state format) or per committee term (Party
// format), from 1. The next number is max + 1 inside the caller's transaction, which began
// IMMEDIATE: a second writer (another window, another process) waits, then sees this one.
// (committee, type, period, number) is unique and rows are never deleted nor renumbered
// (triggers of 0007), so a number is never given twice; a cancelled one keeps its number.

export type { DocumentNumber, NumberingSettings };

type Row = Selectable<DocumentNumbersTable> & { document_format: 'state' | 'party'; symbol: string | null };

function toDocumentNumber(row: Row): DocumentNumber {
  return {
    id: row.id,
    committeeId: row.committee_id,
    type: row.type,
    period: row.period,
    number: row.number,
    text: documentNumberText(row.document_format, row.number, row.type, row.symbol),
    symbol: documentNumberSymbol(row.document_format, row.number, row.type, row.symbol),
    status: row.status,
    issuedOn: row.issued_on,
    note: row.note,
    createdAt: row.created_at,
  };
}

const selectNumbers = (db: Reader) =>
  db
    .selectFrom('document_numbers as n')
    .innerJoin('committees as c', 'c.id', 'n.committee_id')
    .selectAll('n')
    .select(['c.document_format', 'c.symbol']);

export async function getDocumentNumber(db: Reader, id: number): Promise<DocumentNumber> {
  const row = await selectNumbers(db).where('n.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('document number', id);
  return toDocumentNumber(row);
}

export async function numberingSettings(db: Reader, committeeId: number): Promise<NumberingSettings> {
  const c = await db
    .selectFrom('committees')
    .select(['id', 'document_format', 'term_started_on'])
    .where('id', '=', committeeId)
    .executeTakeFirst();
  if (!c) throw notFound('committee', committeeId);
  return { committeeId: c.id, documentFormat: c.document_format, termStartedOn: c.term_started_on };
}

export async function setTermStart(db: Db, committeeId: number, termStartedOn: string | null, actor: string): Promise<NumberingSettings> {
  await db.transaction().execute(async (trx) => {
    const before = await numberingSettings(trx, committeeId);
    await trx.updateTable('committees').set({ term_started_on: termStartedOn, updated_at: nowIso() }).where('id', '=', committeeId).execute();
    await audit(trx, {
      actor,
      action: 'update',
      entity: 'committee',
      entityId: committeeId,
      detail: { termStartedOn: { from: before.termStartedOn, to: termStartedOn } },
    });
  });
  return numberingSettings(db, committeeId);
}

/** The period a document of this committee dated `issuedOn` is numbered in; refused for a Party committee without a term. */
export async function periodOf(db: Reader, committeeId: number, issuedOn: string): Promise<string> {
  const s = await numberingSettings(db, committeeId);
  const period = documentNumberPeriod(s.documentFormat, issuedOn, s.termStartedOn);
  if (period === null) {
    throw invalid('termStartedOn', 'term_start_missing', `committee ${committeeId} numbers per term (Party format) but its term's start is not set`);
  }
  if (s.documentFormat === 'party' && s.termStartedOn !== null && issuedOn < s.termStartedOn) {
    throw invalid('issuedOn', 'before_term', `the date ${issuedOn} is before the current term (${s.termStartedOn})`);
  }
  return period;
}

/** The issue when a number would be dated after the archive's today (path `issuedOn`). */
export const NUMBER_AFTER_TODAY = 'after_today' as const;
/** The issue when a number would be dated before the previous issued number of its series (path `issuedOn`). */
export const NUMBER_BEFORE_PREVIOUS = 'before_previous_number' as const;
/** The issue when a reserved number would be dated after the next issued number of its series (path `issuedOn`). */
export const NUMBER_AFTER_NEXT = 'after_next_number' as const;

/** A refusal of a number's date, with the dates that decide it (RefusalDetail number_date, shown to the clerk). */
function dateRefused(reason: Extract<RefusalDetail, { kind: 'number_date' }>['reason'], english: string, issuedOn: string, limit: string): ArchiveError {
  const detail: RefusalDetail = { kind: 'number_date', reason, issuedOn, limit };
  return new ArchiveError('VALIDATION', english, { issues: [{ path: 'issuedOn', message: reason }], detail });
}

/**
 * The series stays in date order: an issued number is dated no later than the archive's
 * `today` and no earlier than the number before it in its series (issued or cancelled; a
 * reservation holds no place until issued), and a reserved number issued late no later than
 * the number after it. Shared by invitations (GM) and conclusion notices (TB).
 */
async function checkNumberDate(
  trx: Transaction<Database>,
  series: { committeeId: number; type: DocumentType; period: string },
  number: number | null,
  issuedOn: string,
  today: string | undefined,
): Promise<void> {
  const now = today ?? (await archiveToday(trx as unknown as Db, systemClock)).today;
  if (issuedOn > now) throw dateRefused(NUMBER_AFTER_TODAY, `a number cannot be dated ${issuedOn}, after today (${now})`, issuedOn, now);
  const placed = trx
    .selectFrom('document_numbers')
    .select(['number', 'issued_on'])
    .where('committee_id', '=', series.committeeId)
    .where('type', '=', series.type)
    .where('period', '=', series.period)
    .where('status', 'in', ['issued', 'cancelled']);
  const previous = await (number === null ? placed : placed.where('number', '<', number)).orderBy('number', 'desc').limit(1).executeTakeFirst();
  if (previous && issuedOn < previous.issued_on) {
    throw dateRefused(NUMBER_BEFORE_PREVIOUS, `a number dated ${issuedOn} would come before number ${previous.number}, dated ${previous.issued_on}`, issuedOn, previous.issued_on);
  }
  if (number === null) return;
  const next = await placed.where('number', '>', number).orderBy('number').limit(1).executeTakeFirst();
  if (next && issuedOn > next.issued_on) {
    throw dateRefused(NUMBER_AFTER_NEXT, `number ${number} dated ${issuedOn} would come after number ${next.number}, dated ${next.issued_on}`, issuedOn, next.issued_on);
  }
}

export interface TakeNumberInput {
  committeeId: number;
  type: DocumentType;
  /** The document's date (YYYY-MM-DD): picks the period (state: its year). */
  issuedOn: string;
  /** 'reserved' holds the number for a document not yet issued. */
  status?: 'issued' | 'reserved';
  note?: string | null;
  /** The archive's today (todayOf): an issued number is never dated after it. Default: by the system clock. */
  today?: string | undefined;
}

/** Takes the next number of the series inside the caller's (IMMEDIATE) transaction, audited; returns its id. */
export async function takeDocumentNumber(trx: Transaction<Database>, input: TakeNumberInput, actor: string): Promise<number> {
  const period = await periodOf(trx, input.committeeId, input.issuedOn);
  const { last } = await trx
    .selectFrom('document_numbers')
    .select((s) => s.fn.max('number').as('last'))
    .where('committee_id', '=', input.committeeId)
    .where('type', '=', input.type)
    .where('period', '=', period)
    .executeTakeFirstOrThrow();
  const number = Number(last ?? 0) + 1;
  if ((input.status ?? 'issued') === 'issued') {
    await checkNumberDate(trx, { committeeId: input.committeeId, type: input.type, period }, null, input.issuedOn, input.today);
  }
  const at = nowIso();
  const { id } = await trx
    .insertInto('document_numbers')
    .values({
      committee_id: input.committeeId,
      type: input.type,
      period,
      number,
      status: input.status ?? 'issued',
      issued_on: input.issuedOn,
      note: input.note ?? null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(trx, {
    actor,
    action: 'create',
    entity: 'document_number',
    entityId: id,
    detail: { committeeId: input.committeeId, type: input.type, period, number, status: input.status ?? 'issued', issuedOn: input.issuedOn },
  });
  return id;
}

/**
 * Issues a number reserved before, for a document of this committee and type dated `issuedOn`
 * (in the reservation's period), inside the caller's transaction, audited.
 */
export async function useReservedNumber(
  trx: Transaction<Database>,
  id: number,
  expected: { committeeId: number; type: DocumentType; issuedOn: string; today?: string | undefined },
  actor: string,
): Promise<void> {
  const row = await trx.selectFrom('document_numbers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('document number', id);
  if (row.committee_id !== expected.committeeId || row.type !== expected.type) {
    throw invalid('documentNumberId', 'other_series', `number ${id} belongs to another series`);
  }
  if (row.status !== 'reserved') throw invalid('documentNumberId', 'not_reserved', `number ${id} is ${row.status}, not reserved`);
  if ((await periodOf(trx, expected.committeeId, expected.issuedOn)) !== row.period) {
    throw invalid('issuedOn', 'other_period', `number ${id} was reserved in ${row.period}`);
  }
  await checkNumberDate(trx, { committeeId: row.committee_id, type: row.type, period: row.period }, row.number, expected.issuedOn, expected.today);
  await trx
    .updateTable('document_numbers')
    .set({ status: 'issued', issued_on: expected.issuedOn, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
  await audit(trx, { actor, action: 'update', entity: 'document_number', entityId: id, detail: { status: { from: 'reserved', to: 'issued' }, issuedOn: expected.issuedOn } });
}

/** The issue message when a number cancelled by hand is on a live meeting's invitation (path `id`). */
export const NUMBER_ON_INVITATION = 'number_on_invitation';
/** The issue message when a number cancelled by hand is on an issued conclusion notice (path `id`). */
export const NUMBER_ON_CONCLUSION = 'number_on_conclusion';

/** Marks a number cancelled inside the caller's transaction (it stays taken), audited. */
export async function cancelNumberIn(trx: Transaction<Database>, id: number, note: string, actor: string): Promise<void> {
  const row = await trx.selectFrom('document_numbers').select(['status']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('document number', id);
  if (row.status === 'cancelled') throw new ArchiveError('CONFLICT', `number ${id} is already cancelled`, { id });
  // A number printed on an issued invitation stays with it: only cancelling that meeting
  // (which marks the meeting cancelled first, in the same transaction) frees it.
  const user = await trx.selectFrom('meetings').select('id').where('invitation_number_id', '=', id).where('status', '!=', 'cancelled').executeTakeFirst();
  if (user) throw invalid('id', NUMBER_ON_INVITATION, `number ${id} is on the invitation of meeting ${user.id}; cancel the meeting instead`);
  // C1 (issue 9): likewise a number on an issued conclusion notice: cancelling the notice frees it.
  const notice = await trx.selectFrom('conclusions').select('id').where('document_number_id', '=', id).where('status', '=', 'issued').executeTakeFirst();
  if (notice) throw invalid('id', NUMBER_ON_CONCLUSION, `number ${id} is on conclusion ${notice.id}; cancel the notice instead`);
  await trx.updateTable('document_numbers').set({ status: 'cancelled', note, updated_at: nowIso() }).where('id', '=', id).execute();
  await audit(trx, { actor, action: 'update', entity: 'document_number', entityId: id, detail: { status: { from: row.status, to: 'cancelled' }, note } });
}

export async function reserveDocumentNumber(
  db: Db,
  input: { committeeId: number; type: DocumentType; issuedOn: string; note?: string | null },
  actor: string,
): Promise<DocumentNumber> {
  const id = await db.transaction().execute((trx) => takeDocumentNumber(trx, { ...input, status: 'reserved' }, actor));
  return getDocumentNumber(db, id);
}

export async function cancelDocumentNumber(db: Db, id: number, note: string, actor: string): Promise<DocumentNumber> {
  await db.transaction().execute((trx) => cancelNumberIn(trx, id, note, actor));
  return getDocumentNumber(db, id);
}

export interface DocumentNumberListInput {
  committeeId: number;
  type?: DocumentType;
  period?: string;
  limit?: number;
  cursor?: string;
}

const isKey = (v: unknown[]): v is [string, number] => v.length === 2 && typeof v[0] === 'string' && Number.isInteger(v[1]);

/** A committee's numbers, newest first (document_numbers_recent), by keyset cursor on (issued_on, id). */
export async function listDocumentNumbers(db: Reader, input: DocumentNumberListInput): Promise<Page<DocumentNumber>> {
  const limit = input.limit ?? PAGE_DEFAULT_LIMIT;
  let q = selectNumbers(db).where('n.committee_id', '=', input.committeeId);
  if (input.type !== undefined) q = q.where('n.type', '=', input.type);
  if (input.period !== undefined) q = q.where('n.period', '=', input.period);
  if (input.cursor !== undefined) {
    const [on, id] = readCursor(input.cursor, isKey);
    q = q.where((w) => w.or([w('n.issued_on', '<', on), w.and([w('n.issued_on', '=', on), w('n.id', '<', id)])]));
  }
  const rows = await q.orderBy('n.issued_on', 'desc').orderBy('n.id', 'desc').limit(limit + 1).execute();
  const items = rows.slice(0, limit).map(toDocumentNumber);
  const last = items.at(-1);
  const hasMore = rows.length > limit;
  return { items, hasMore, nextCursor: hasMore && last ? JSON.stringify([last.issuedOn, last.id]) : null };
}
