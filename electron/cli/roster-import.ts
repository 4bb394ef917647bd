import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveArchivePath } from '../../db/paths.js';
import { openCore } from '../core/client.js';
import { ROSTER_IMPORT_MAX_BYTES, type RosterImportError, type RosterImportPreview, type RosterImportResult } from '../contract.js';
import { UsageError } from './usage.js';

// `minutebook roster import --db FILE --committee ID FILE.(csv|xlsx) [--dry-run]`: the same
// preview and apply commands the app sends, through the core. Each row error is printed as
// "row N, column C: reason" and the exit code is 1 when any row is bad (nothing written).

export const ROSTER_IMPORT_USAGE = `minutebook roster import --db FILE --committee ID FILE.(csv|xlsx) [--dry-run]`;

export interface RosterImportArgs {
  db?: string;
  committeeId: number;
  file: string;
  dryRun: boolean;
}

export function parseRosterImportArgs(argv: string[]): RosterImportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { db: { type: 'string' }, committee: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (!values.committee || !/^[1-9]\d{0,9}$/.test(values.committee)) throw new UsageError('roster import needs --committee ID (a number)');
  if (positionals.length !== 1) throw new UsageError('roster import needs exactly one FILE.csv or FILE.xlsx');
  const file = positionals[0]!;
  if (!/\.(csv|xlsx)$/i.test(file)) throw new UsageError(`roster import reads .csv or .xlsx files, not ${path.basename(file)}`);
  return { db: values.db, committeeId: Number(values.committee), file, dryRun: values['dry-run'] ?? false };
}

/** "row 4, column Từ ngày: Ngày không hợp lệ…" (the file's own problems have no row). */
export function formatRowError(e: RosterImportError): string {
  const where = e.row === null ? 'file' : e.column === null ? `row ${e.row}` : `row ${e.row}, column ${e.column}`;
  return `${where}: ${e.message}`;
}

function describe(s: Pick<RosterImportResult, 'memberships' | 'newPeople' | 'existingPeople' | 'newDecisions'>): string {
  return `${s.memberships} membership(s): ${s.newPeople} new people, ${s.existingPeople} already in the archive, ${s.newDecisions} new decision(s)`;
}

export async function rosterImport(argv: string[]): Promise<number> {
  const args = parseRosterImportArgs(argv);
  const bytes = fs.readFileSync(args.file);
  if (bytes.length > ROSTER_IMPORT_MAX_BYTES) {
    console.error(`minutebook: ${args.file} is larger than ${ROSTER_IMPORT_MAX_BYTES / 2 ** 20} MiB; nothing was imported.`);
    return 1;
  }
  const archive = resolveArchivePath(args.db);
  const core = await openCore(archive, {
    host: 'browser',
    integrityCheck: 'now',
    readers: 0,
    lock: args.dryRun ? false : 'minutebook roster import',
  });
  try {
    const input = { committeeId: args.committeeId, fileName: path.basename(args.file), contentBase64: bytes.toString('base64') };
    const previewed = await core.dispatch('roster.import.preview', input);
    if (!previewed.ok) {
      console.error(`minutebook: ${previewed.error.message}`);
      return 1;
    }
    const preview = previewed.value as RosterImportPreview;
    if (preview.errors.length > 0) {
      for (const e of preview.errors) console.error(formatRowError(e));
      console.error(`${preview.errors.length} error(s) in ${input.fileName}; nothing was imported.`);
      return 1;
    }
    if (args.dryRun) {
      console.log(`Dry run: ${input.fileName} would import ${describe({ ...preview.summary })}. Nothing was written.`);
      return 0;
    }
    const applied = await core.dispatch('roster.import.apply', { ...input, fileHash: preview.fileHash });
    if (!applied.ok) {
      for (const issue of applied.error.issues ?? []) console.error(`${issue.path}: ${issue.message}`);
      console.error(`minutebook: ${applied.error.message}`);
      return 1;
    }
    console.log(`Imported ${input.fileName} into committee #${args.committeeId}: ${describe(applied.value as RosterImportResult)}.`);
    return 0;
  } finally {
    await core.close();
  }
}
