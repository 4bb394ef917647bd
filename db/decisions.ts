import type { Selectable, Transaction } from 'kysely';
import { linkAttachment } from './attachments.js';
import { audit } from './audit.js';
import { nowIso } from './clock.js';
import type { Db } from './connection.js';
import { readCursor } from './cursor.js';
import { ArchiveError, notFound } from './errors.js';
import { type Decision, type DecisionFileInfo, type DecisionKind, PAGE_DEFAULT_LIMIT, type Page } from './model/index.js';
import type { Database, DecisionsTable } from './schema/index.js';
import { cleanText } from './text/fold.js';

export type { Decision, DecisionFileInfo };

type Reader = Db | Transaction<Database>;

export interface DecisionInput {
  committeeId: number;
  kind?: DecisionKind;
  number: string;
  signedOn: string;
  issuingBody?: string | null;
  signer?: string | null;
  signerTitle?: string | null;
  summary?: string | null;
}

export type DecisionPatch = Partial<Omit<DecisionInput, 'committeeId'>>;

type Row = Selectable<DecisionsTable> & {
  file_name: string | null;
  mime_type: string | null;
  size: number | null;
  sha256: string | null;
};

function toDecision(row: Row): Decision {
  return {
    id: row.id,
    committeeId: row.committee_id,
    kind: row.kind,
    number: row.number,
    signedOn: row.signed_on,
    issuingBody: row.issuing_body,
    signer: row.signer,
    signerTitle: row.signer_title,
    summary: row.summary,
    file:
      row.attachment_id === null
        ? null
        : { attachmentId: row.attachment_id, fileName: row.file_name!, mimeType: row.mime_type!, size: row.size!, sha256: row.sha256! },
    createdAt: row.created_at,
  };
}

/** Decisions with their file's description (never its bytes). */
export function selectDecisions(db: Reader) {
  return db
    .selectFrom('decisions as d')
    .leftJoin('attachments as a', 'a.id', 'd.attachment_id')
    .selectAll('d')
    .select(['a.file_name', 'a.mime_type', 'a.size', 'a.sha256']);
}

export async function getDecision(db: Reader, id: number): Promise<Decision> {
  const row = await selectDecisions(db).where('d.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('decision', id);
  return toDecision(row);
}

const isKey = (v: unknown[]): v is [string, number] => v.length === 2 && typeof v[0] === 'string' && Number.isInteger(v[1]);

export interface DecisionListInput {
  committeeId: number;
  limit?: number;
  cursor?: string;
}

/** A committee's decisions, newest first (decisions_committee_signed), by keyset cursor. */
export async function listDecisions(db: Reader, input: DecisionListInput): Promise<Page<Decision>> {
  const limit = input.limit ?? PAGE_DEFAULT_LIMIT;
  let query = selectDecisions(db).where('d.committee_id', '=', input.committeeId);
  if (input.cursor !== undefined) {
    const [signedOn, id] = readCursor(input.cursor, isKey);
    query = query.where((w) => w.or([w('d.signed_on', '<', signedOn), w.and([w('d.signed_on', '=', signedOn), w('d.id', '<', id)])]));
  }
  const rows = await query.orderBy('d.signed_on', 'desc').orderBy('d.id', 'desc').limit(limit + 1).execute();
  const items = rows.slice(0, limit).map(toDecision);
  const last = items.at(-1);
  const hasMore = rows.length > limit;
  return { items, hasMore, nextCursor: hasMore && last ? JSON.stringify([last.signedOn, last.id]) : null };
}

const text = (v: string | null | undefined) => (v == null ? v : cleanText(v) || null);

function columns(input: DecisionPatch) {
  return {
    kind: input.kind,
    number: input.number === undefined ? undefined : cleanText(input.number),
    signed_on: input.signedOn,
    issuing_body: text(input.issuingBody),
    signer: text(input.signer),
    signer_title: text(input.signerTitle),
    summary: input.summary == null ? input.summary : input.summary.normalize('NFC').trim() || null,
  };
}

/** Inserts a decision inside the caller's transaction, audited. */
export async function insertDecision(trx: Transaction<Database>, input: DecisionInput, actor: string): Promise<number> {
  const committee = await trx.selectFrom('committees').select('id').where('id', '=', input.committeeId).executeTakeFirst();
  if (!committee) throw notFound('committee', input.committeeId);
  const { id } = await trx
    .insertInto('decisions')
    .values({
      ...columns(input),
      committee_id: input.committeeId,
      kind: input.kind ?? 'kien_toan',
      number: cleanText(input.number),
      signed_on: input.signedOn,
      created_at: nowIso(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(trx, { actor, action: 'create', entity: 'decision', entityId: id, detail: input });
  return id;
}

export async function createDecision(db: Db, input: DecisionInput, actor: string): Promise<Decision> {
  const id = await db.transaction().execute((trx) => insertDecision(trx, input, actor));
  return getDecision(db, id);
}

export async function updateDecision(db: Db, id: number, patch: DecisionPatch, actor: string): Promise<Decision> {
  await db.transaction().execute(async (trx) => {
    const result = await trx.updateTable('decisions').set(columns(patch)).where('id', '=', id).executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound('decision', id);
    await audit(trx, { actor, action: 'update', entity: 'decision', entityId: id, detail: patch });
  });
  return getDecision(db, id);
}

/** Deletes a decision no membership names (HAS_DEPENDENTS otherwise); its scan stays in the archive. Audited. */
export async function deleteDecision(db: Db, id: number, actor: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('decision', id);
    const dependents: Record<string, number> = {};
    for (const column of ['decision_id', 'end_decision_id'] as const) {
      const { n } = await trx
        .selectFrom('memberships')
        .select((s) => s.fn.countAll<number>().as('n'))
        .where(column, '=', id)
        .executeTakeFirstOrThrow();
      if (Number(n) > 0) dependents[`memberships.${column}`] = Number(n);
    }
    if (Object.keys(dependents).length > 0) {
      throw new ArchiveError('HAS_DEPENDENTS', `decision ${id} cannot be deleted while memberships refer to it`, { entity: 'decision', id, dependents });
    }
    // Its scans, current and replaced, stay in the archive (then listed as orphans).
    await trx.deleteFrom('decision_previous_scans').where('decision_id', '=', id).execute();
    await trx.deleteFrom('decisions').where('id', '=', id).execute();
    await audit(trx, { actor, action: 'delete', entity: 'decision', entityId: id, detail: row });
  });
}

/**
 * Makes an attachment already in the archive the decision's scanned file (the upload itself
 * streams through the hosts' upload job, db/attachments-file.ts). The scan it replaces is
 * kept: attachments are never deleted by a replacement. Audited.
 */
export async function setDecisionScan(db: Db, decisionId: number, attachmentId: number, actor: string): Promise<Decision> {
  await linkAttachment(db, attachmentId, { decisionId }, actor);
  return getDecision(db, decisionId);
}

/** The description of the decision's scanned file (its bytes stream through the download route). */
export async function getDecisionScan(db: Reader, decisionId: number): Promise<DecisionFileInfo> {
  const file = (await getDecision(db, decisionId)).file;
  if (!file) throw new ArchiveError('NOT_FOUND', `decision ${decisionId} has no file`, { entity: 'decision', id: decisionId });
  return file;
}
