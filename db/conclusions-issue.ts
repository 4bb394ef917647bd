import { audit } from './audit.js';
import { nowIso } from './clock.js';
import { conclusionRow, getConclusion } from './conclusions.js';
import { checkSignerOnRoster, draftConclusion } from './conclusions-write.js';
import type { Db } from './connection.js';
import { cancelNumberIn, takeDocumentNumber, useReservedNumber } from './document-numbers.js';
import { invalid } from './meetings-store.js';
import type { ConclusionDetail } from './model/index.js';

// Issuing a notice takes its number from the committee's TB series (document-numbers.ts: per
// calendar year for the state format, per term for the Party format; max + 1 inside this
// IMMEDIATE transaction, so two windows or two processes never share one) or a number the
// clerk reserved; cancelling keeps the number, marked cancelled in the series too.

export interface IssueConclusionInput {
  id: number;
  /** The issue date; default the draft's date. */
  issuedOn?: string;
  /** A number of the TB series reserved before (documentNumbers.reserve). */
  documentNumberId?: number;
}

/** draft → issued: numbered and dated in one transaction, audited. Needs a signer and a directive. */
export async function issueConclusion(db: Db, input: IssueConclusionInput, actor: string, today?: string): Promise<ConclusionDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await draftConclusion(trx, input.id);
    const issuedOn = input.issuedOn ?? row.issued_on;
    if (row.signer_person_id === null) throw invalid('signer.personId', 'required', `conclusion ${input.id} has no signer`);
    await checkSignerOnRoster(trx, row.committee_id, row.signer_person_id, issuedOn);
    const item = await trx.selectFrom('conclusion_items').select('id').where('conclusion_id', '=', input.id).executeTakeFirst();
    if (!item) throw invalid('items', 'required', `conclusion ${input.id} has no directive`);
    const series = { committeeId: row.committee_id, type: 'TB' as const, issuedOn, today };
    let numberId: number;
    if (input.documentNumberId !== undefined) {
      await useReservedNumber(trx, input.documentNumberId, series, actor);
      numberId = input.documentNumberId;
    } else {
      numberId = await takeDocumentNumber(trx, { ...series, note: null }, actor);
    }
    await trx
      .updateTable('conclusions')
      .set({ status: 'issued', document_number_id: numberId, issued_on: issuedOn, updated_at: nowIso() })
      .where('id', '=', input.id)
      .execute();
    await audit(trx, {
      actor,
      action: 'update',
      entity: 'conclusion',
      entityId: input.id,
      detail: { status: { from: 'draft', to: 'issued' }, documentNumberId: numberId, issuedOn },
    });
  });
  return getConclusion(db, input.id);
}

/** issued → cancelled with its reason; the number stays with the notice and is marked cancelled in the series. */
export async function cancelConclusion(db: Db, id: number, reason: string, actor: string): Promise<ConclusionDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await conclusionRow(trx, id);
    if (row.status !== 'issued' || row.document_number_id === null) {
      throw invalid('status', 'not_issued', `conclusion ${id} is ${row.status}: only an issued notice is cancelled`);
    }
    await trx.updateTable('conclusions').set({ status: 'cancelled', cancel_reason: reason, updated_at: nowIso() }).where('id', '=', id).execute();
    await audit(trx, { actor, action: 'update', entity: 'conclusion', entityId: id, detail: { status: { from: 'issued', to: 'cancelled' }, reason } });
    const number = await trx.selectFrom('document_numbers').select('status').where('id', '=', row.document_number_id).executeTakeFirstOrThrow();
    if (number.status !== 'cancelled') await cancelNumberIn(trx, row.document_number_id, reason, actor);
  });
  return getConclusion(db, id);
}
