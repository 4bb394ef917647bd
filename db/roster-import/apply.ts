import type { Transaction } from 'kysely';
import { type AuditEntry, auditMany } from '../audit.js';
import type { Db } from '../connection.js';
import { insertDecision } from '../decisions.js';
import { ArchiveError } from '../errors.js';
import type { RosterImportError, RosterImportResult, RosterImportRow } from '../model/index.js';
import type { Database } from '../schema/index.js';
import { checkAgainstArchive, committeeRoles } from './check-archive.js';
import { roleResolver } from './roles.js';
import { decisionKey } from './file-checks.js';
import { type ImportFile, fileHash, parseImport, readImportTable, sortErrors } from './preview.js';
import { insertMemberships, insertNewPeople } from './write-rows.js';

// roster.import.apply: the previewed file (its hash must match), checked again inside the
// write transaction, then every row written or none, many rows per statement
// (write-rows.ts). One audit entry per record created and one for the import itself.

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
  // A new decision's date is the one a cell gives (file-checks.ts refuses two; check-archive.ts
  // refuses a new decision no row dates): never guessed from the members' start dates.
  const dates = new Map<string, { number: string; date: string }>();
  for (const r of rows) {
    if (r.decisionNumber === null || r.decisionDate === null) continue;
    const key = decisionKey(r.decisionNumber);
    if (!ids.has(key) && !dates.has(key)) dates.set(key, { number: r.decisionNumber, date: r.decisionDate });
  }
  for (const [key, d] of dates) {
    const input = { committeeId, kind: 'khac' as const, number: d.number, signedOn: d.date, summary: `Nhập từ tệp ${fileName}` };
    ids.set(key, await insertDecision(trx, input, actor));
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
  const table = await readImportTable(file.bytes);

  return db.transaction().execute(async (trx) => {
    // Parsed again inside the transaction: against the committee's roles as they are now.
    const parsed = parseImport(table, roleResolver(await committeeRoles(trx, committeeId)));
    if (parsed.errors.length > 0) throw refusal(parsed.errors);
    const header = (field: 'fullName' | 'decision') => parsed.columns.find((c) => c.field === field)?.header ?? null;
    const rows = parsed.rows;
    const check = await checkAgainstArchive(trx, committeeId, rows, { fullName: header('fullName'), decision: header('decision') });
    if (check.errors.length > 0) throw refusal(check.errors);

    const audits: AuditEntry[] = [];
    const decisionIds = await createDecisions(trx, committeeId, rows, check.decisions, file.fileName, actor);
    const created = await insertNewPeople(trx, rows, actor, audits);
    const existing = new Set(rows.flatMap((r) => (r.personId === null ? [] : [r.personId])));
    await insertMemberships(
      trx,
      committeeId,
      rows.map((r) => ({
        ...r,
        personId: r.personId ?? created.idOf(r)!,
        decisionId: r.decisionNumber === null ? null : (decisionIds.get(decisionKey(r.decisionNumber)) ?? null),
      })),
      actor,
      audits,
    );
    const result: RosterImportResult = {
      committeeId,
      memberships: rows.length,
      newPeople: created.count,
      existingPeople: existing.size,
      newDecisions: decisionIds.size - check.decisions.size,
    };
    // On the committee: its history ("Lịch sử", audit.history) shows the import.
    audits.push({ actor, action: 'import', entity: 'committee', entityId: committeeId, detail: { fileName: file.fileName, fileHash: hash, ...result } });
    await auditMany(trx, audits);
    return result;
  });
}
