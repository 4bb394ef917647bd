import type { Db } from './connection.js';
import { readCursor } from './cursor.js';
import { listDecisions } from './decisions.js';
import { notFound } from './errors.js';
import { selectMemberships } from './memberships.js';
import { type AuditRecord, type AuditedEntity, type DecisionChanges, type Membership, PAGE_DEFAULT_LIMIT, type Page } from './model/index.js';

export type { AuditRecord, DecisionChanges };

const isDateKey = (v: unknown[]): v is [string, number] => v.length === 2 && typeof v[0] === 'string' && Number.isInteger(v[1]);
const isIdKey = (v: unknown[]): v is [number] => v.length === 1 && Number.isInteger(v[0]);

export interface HistoryInput {
  limit?: number;
  cursor?: string;
}

/** A person's roles across committees, newest first (memberships_person_history). */
export async function personHistory(db: Db, personId: number, input: HistoryInput = {}): Promise<Page<Membership>> {
  const person = await db.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst();
  if (!person) throw notFound('person', personId);
  const limit = input.limit ?? PAGE_DEFAULT_LIMIT;
  let query = selectMemberships(db).where('m.person_id', '=', personId);
  if (input.cursor !== undefined) {
    const [from, id] = readCursor(input.cursor, isDateKey);
    query = query.where((w) => w.or([w('m.from_date', '<', from), w.and([w('m.from_date', '=', from), w('m.id', '<', id)])]));
  }
  const rows = await query.orderBy('m.from_date', 'desc').orderBy('m.id', 'desc').limit(limit + 1).execute();
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const hasMore = rows.length > limit;
  return { items, hasMore, nextCursor: hasMore && last ? JSON.stringify([last.fromDate, last.id]) : null };
}

/** A committee's decisions, newest first, each with the memberships it started and ended. */
export async function committeeHistory(db: Db, committeeId: number, input: HistoryInput = {}): Promise<Page<DecisionChanges>> {
  const committee = await db.selectFrom('committees').select('id').where('id', '=', committeeId).executeTakeFirst();
  if (!committee) throw notFound('committee', committeeId);
  const decisions = await listDecisions(db, { committeeId, limit: input.limit, cursor: input.cursor });
  const ids = decisions.items.map((d) => d.id);
  const started = ids.length === 0 ? [] : await selectMemberships(db).where('m.decision_id', 'in', ids).orderBy('m.id').execute();
  const ended = ids.length === 0 ? [] : await selectMemberships(db).where('m.end_decision_id', 'in', ids).orderBy('m.id').execute();
  return {
    ...decisions,
    items: decisions.items.map((decision) => ({
      decision,
      started: started.filter((m) => m.decisionId === decision.id),
      ended: ended.filter((m) => m.endDecisionId === decision.id),
    })),
  };
}

function parseDetail(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

/** A record's history ("Lịch sử") from the audit log, newest first (audit_log_entity). */
export async function auditHistory(db: Db, entity: AuditedEntity, entityId: number, input: HistoryInput = {}): Promise<Page<AuditRecord>> {
  const limit = input.limit ?? PAGE_DEFAULT_LIMIT;
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor', 'action', 'entity', 'entity_id', 'detail_json'])
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId);
  if (input.cursor !== undefined) {
    const [id] = readCursor(input.cursor, isIdKey);
    query = query.where('id', '<', id);
  }
  const rows = await query.orderBy('id', 'desc').limit(limit + 1).execute();
  const items = rows.slice(0, limit).map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    detail: parseDetail(r.detail_json),
  }));
  const last = items.at(-1);
  const hasMore = rows.length > limit;
  return { items, hasMore, nextCursor: hasMore && last ? JSON.stringify([last.id]) : null };
}
