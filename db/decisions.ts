import { createHash } from 'node:crypto';
import type { Selectable, Transaction } from 'kysely';
import { audit } from './audit.js';
import { nowIso } from './clock.js';
import type { Db } from './connection.js';
import { readCursor } from './cursor.js';
import { ArchiveError, notFound } from './errors.js';
import { DECISION_FILE_MAX_BYTES, type Decision, type DecisionFile, type DecisionKind, PAGE_DEFAULT_LIMIT, type Page } from './model/index.js';
import type { Database, DecisionsTable } from './schema/index.js';
import { cleanText } from './text/fold.js';

export type { Decision, DecisionFile };

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

/** Deletes a decision no membership names (HAS_DEPENDENTS otherwise), with its file. Audited. */
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
    await trx.deleteFrom('decisions').where('id', '=', id).execute();
    if (row.attachment_id !== null) await trx.deleteFrom('attachments').where('id', '=', row.attachment_id).execute();
    await audit(trx, { actor, action: 'delete', entity: 'decision', entityId: id, detail: row });
  });
}

export interface DecisionFileInput {
  fileName: string;
  mimeType: string;
  dataBase64: string;
}

/**
 * Stores the decision's scanned file in the archive (a BLOB in attachments), replacing the
 * one it had. The upload is base64 through the contract, at most DECISION_FILE_MAX_BYTES.
 */
export async function attachDecisionFile(db: Db, decisionId: number, file: DecisionFileInput, actor: string): Promise<Decision> {
  const data = Buffer.from(file.dataBase64, 'base64');
  if (data.length === 0) throw new ArchiveError('CONFLICT', 'the file is empty', { field: 'dataBase64' });
  if (data.length > DECISION_FILE_MAX_BYTES) {
    throw new ArchiveError('CONFLICT', `the file is larger than ${DECISION_FILE_MAX_BYTES} bytes`, { field: 'dataBase64' });
  }
  const sha256 = createHash('sha256').update(data).digest('hex');
  await db.transaction().execute(async (trx) => {
    const decision = await trx.selectFrom('decisions').select('attachment_id').where('id', '=', decisionId).executeTakeFirst();
    if (!decision) throw notFound('decision', decisionId);
    const { id } = await trx
      .insertInto('attachments')
      .values({ file_name: cleanText(file.fileName), mime_type: file.mimeType, size: data.length, sha256, data, created_at: nowIso() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.updateTable('decisions').set({ attachment_id: id }).where('id', '=', decisionId).execute();
    let replaced: unknown = null;
    if (decision.attachment_id !== null) {
      replaced = await trx
        .selectFrom('attachments')
        .select(['id', 'file_name', 'size', 'sha256'])
        .where('id', '=', decision.attachment_id)
        .executeTakeFirst();
      await trx.deleteFrom('attachments').where('id', '=', decision.attachment_id).execute();
    }
    await audit(trx, {
      actor,
      action: 'update',
      entity: 'decision',
      entityId: decisionId,
      detail: { file: { attachmentId: id, fileName: cleanText(file.fileName), mimeType: file.mimeType, size: data.length, sha256 }, replaced },
    });
  });
  return getDecision(db, decisionId);
}

export async function getDecisionFile(db: Reader, decisionId: number): Promise<DecisionFile> {
  const row = await db
    .selectFrom('decisions as d')
    .innerJoin('attachments as a', 'a.id', 'd.attachment_id')
    .select(['a.id', 'a.file_name', 'a.mime_type', 'a.size', 'a.sha256', 'a.data'])
    .where('d.id', '=', decisionId)
    .executeTakeFirst();
  if (!row) throw new ArchiveError('NOT_FOUND', `decision ${decisionId} has no file`, { entity: 'decision', id: decisionId });
  return {
    attachmentId: row.id,
    fileName: row.file_name,
    mimeType: row.mime_type,
    size: row.size,
    sha256: row.sha256,
    dataBase64: Buffer.from(row.data).toString('base64'),
  };
}
