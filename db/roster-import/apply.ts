import type { Transaction } from 'kysely';
import { audit } from '../audit.js';
import { nowIso } from '../clock.js';
import type { Db } from '../connection.js';
import { ArchiveError } from '../errors.js';
import type { RosterImportError, RosterImportResult, RosterImportRow } from '../model/index.js';
import { insertPerson } from '../people.js';
import type { Database } from '../schema/index.js';
import { checkAgainstArchive } from './check-archive.js';
import { decisionKey } from './file-checks.js';
import { personKey } from './overlap.js';
import { type ImportFile, assertCommittee, fileHash, readImportFile, sortErrors } from './preview.js';

// roster.import.apply: the previewed file (its hash must match), checked again inside the
// write transaction, then every row written or none. One audit entry per record created and
// one for the import itself.

/** The import's rows as field-level issues: `rows.<row>.<field>` and the Vietnamese reason. */
function refusal(errors: RosterImportError[]): ArchiveError {
  const issues = sortErrors(errors).map((e) => ({ path: `rows.${e.row ?? 0}.${e.field ?? 'file'}`, message: e.message }));
  return new ArchiveError('VALIDATION', `${errors.length} row error(s): nothing was imported`, { issues, errors });
}

async function createDecisions(
  trx: Transaction<Database>,
  committeeId: number,
  rows: readonly RosterImportRow[],
  known: ReadonlyMap<string, { id: number }>,
  fileName: string,
  actor: string,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>([...known].map(([k, d]) => [k, d.id]));
  // A new decision's date: the one a cell gives (file-checks.ts refuses two), else the
  // earliest start among the rows it appointed.
  const dates = new Map<string, { number: string; date: string; given: boolean }>();
  for (const r of rows) {
    if (r.decisionNumber === null) continue;
    const key = decisionKey(r.decisionNumber);
    if (ids.has(key)) continue;
    const seen = dates.get(key);
    if (r.decisionDate !== null) {
      if (!seen?.given) dates.set(key, { number: r.decisionNumber, date: r.decisionDate, given: true });
    } else if (!seen || (!seen.given && r.fromDate! < seen.date)) {
      dates.set(key, { number: r.decisionNumber, date: r.fromDate!, given: false });
    }
  }
  for (const [key, d] of dates) {
    const { id } = await trx
      .insertInto('decisions')
      .values({ committee_id: committeeId, kind: 'khac', number: d.number, signed_on: d.date, signer: null, summary: `Nhập từ tệp ${fileName}`, created_at: nowIso() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, { actor, action: 'create', entity: 'decision', entityId: id, detail: { committeeId, number: d.number, signedOn: d.date, source: fileName } });
    ids.set(key, id);
  }
  return ids;
}

export async function applyImport(
  db: Db,
  committeeId: number,
  file: ImportFile,
  confirmedHash: string,
  actor: string,
): Promise<RosterImportResult> {
  const hash = fileHash(file.bytes);
  if (hash !== confirmedHash) {
    throw new ArchiveError('CONFLICT', 'This is not the file that was previewed; preview it again. Nothing was imported.', { fileHash: hash });
  }
  const { parsed } = await readImportFile(file.bytes);
  if (parsed.errors.length > 0) throw refusal(parsed.errors);
  const header = (field: 'fullName' | 'decision') => parsed.columns.find((c) => c.field === field)?.header ?? null;
  const rows = parsed.rows;

  return db.transaction().execute(async (trx) => {
    await assertCommittee(trx, committeeId);
    const check = await checkAgainstArchive(trx, committeeId, rows, { fullName: header('fullName'), decision: header('decision') });
    if (check.errors.length > 0) throw refusal(check.errors);

    const decisionIds = await createDecisions(trx, committeeId, rows, check.decisions, file.fileName, actor);
    const created = new Map<string, number>();
    const existing = new Set<number>();
    const now = nowIso();
    for (const row of rows) {
      let personId = row.personId;
      if (personId === null) {
        const key = personKey(row.fullName, row.organisation);
        personId = created.get(key) ?? null;
        if (personId === null) {
          personId = await insertPerson(trx, { fullName: row.fullName, position: row.position, organisation: row.organisation }, actor);
          created.set(key, personId);
        }
      } else existing.add(personId);
      const { id } = await trx
        .insertInto('memberships')
        .values({
          person_id: personId,
          committee_id: committeeId,
          role: row.role!,
          position: row.position,
          duty: row.duty,
          from_date: row.fromDate!,
          to_date: row.toDate,
          decision_id: row.decisionNumber === null ? null : (decisionIds.get(decisionKey(row.decisionNumber)) ?? null),
          end_decision_id: null,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, { actor, action: 'create', entity: 'membership', entityId: id, detail: { committeeId, personId, role: row.role, fromDate: row.fromDate, toDate: row.toDate, row: row.row } });
    }
    const result: RosterImportResult = {
      committeeId,
      memberships: rows.length,
      newPeople: created.size,
      existingPeople: existing.size,
      newDecisions: decisionIds.size - check.decisions.size,
    };
    await audit(trx, { actor, action: 'import', entity: 'roster', entityId: committeeId, detail: { fileName: file.fileName, fileHash: hash, ...result } });
    return result;
  });
}
