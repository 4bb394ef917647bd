import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveArchivePath } from '../../db/paths.js';
import { openCore } from '../core/client.js';
import {
  ROSTER_IMPORT_MAX_BYTES,
  type CommandError,
  type RosterImportError,
  type RosterImportPreview,
  type RosterImportResult,
  importErrorLineVi,
  importFileTooLargeVi,
  importSummaryVi,
} from '../contract.js';
import { ROSTER_IMPORT_HELP_VI, commandErrorVi, usageErrorVi } from './messages-vi.js';
import { UsageError } from './usage.js';

// `minutebook roster import --db FILE --committee ID FILE.(csv|xlsx) [--dry-run]`: the same
// preview and apply commands the app sends, through the core. It speaks Vietnamese as the
// app does, from the one catalogue (db/model/roster-import-messages.ts): each row error is
// printed as "dòng N, cột C: lý do" and the exit code is 1 when any row is bad (nothing written).

export interface RosterImportArgs {
  db?: string;
  committeeId: number;
  file: string;
  dryRun: boolean;
}

export function parseRosterImportArgs(argv: string[]): RosterImportArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, db: { type: 'string' }, committee: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    });
  } catch (error) {
    throw new UsageError(usageErrorVi((error as Error).message));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (!values.committee || !/^[1-9]\d{0,9}$/.test(values.committee)) throw new UsageError('cần --committee ID (số của Ban Chỉ đạo)');
  if (positionals.length !== 1) throw new UsageError('cần đúng một tệp FILE.csv hoặc FILE.xlsx');
  const file = positionals[0]!;
  if (!/\.(csv|xlsx)$/i.test(file)) throw new UsageError(`chỉ nhập được tệp .csv hoặc .xlsx, không phải ${path.basename(file)}`);
  return { db: values.db, committeeId: Number(values.committee), file, dryRun: values['dry-run'] ?? false };
}

/** The preview refused: most often a committee number the archive does not have. */
function previewRefusal(error: CommandError, committeeId: number): string {
  return error.code === 'NOT_FOUND' ? `không có Ban Chỉ đạo số ${committeeId} trong kho lưu trữ.` : commandErrorVi(error);
}

/** "dòng 4, cột Từ ngày: Ngày không hợp lệ…" (the file's own problems: "tệp: …"). */
export function formatRowError(e: RosterImportError): string {
  return importErrorLineVi(e);
}

export async function rosterImport(argv: string[]): Promise<number> {
  const args = parseRosterImportArgs(argv);
  if (args === 'help') {
    console.log(ROSTER_IMPORT_HELP_VI);
    return 0;
  }
  // The size first: a huge file is refused without reading a byte of it.
  let size: number;
  try {
    size = fs.statSync(args.file).size;
  } catch (error) {
    console.error(`minutebook: không mở được tệp ${args.file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); chưa có gì được nhập.`);
    return 1;
  }
  if (size > ROSTER_IMPORT_MAX_BYTES) {
    console.error(`minutebook: ${path.basename(args.file)}: ${importFileTooLargeVi()}`);
    return 1;
  }
  const bytes = fs.readFileSync(args.file);
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
      console.error(`minutebook: không xem trước được tệp: ${previewRefusal(previewed.error, args.committeeId)} Chưa có gì được nhập.`);
      return 1;
    }
    const preview = previewed.value as RosterImportPreview;
    if (preview.errors.length > 0) {
      for (const e of preview.errors) console.error(formatRowError(e));
      console.error(`${preview.errors.length} lỗi trong tệp ${input.fileName}; chưa có gì được nhập.`);
      return 1;
    }
    // Warnings (a new person whose name the archive has elsewhere) are read, not refused.
    for (const w of preview.warnings) console.error(`dòng ${w.row}${w.column ? `, cột ${w.column}` : ''}: cảnh báo: ${w.message}`);
    if (args.dryRun) {
      console.log(`Chạy thử: tệp ${input.fileName} sẽ nhập ${importSummaryVi(preview.summary)}. Chưa có gì được ghi.`);
      return 0;
    }
    const applied = await core.dispatch('roster.import.apply', { ...input, fileHash: preview.fileHash });
    if (!applied.ok) {
      // Rows found bad inside the write's transaction ("rows.<row>.<field>"), as the preview prints them.
      for (const issue of applied.error.issues ?? []) {
        const row = /^rows\.(\d+)\./.exec(issue.path)?.[1];
        console.error(row && row !== '0' ? `dòng ${row}: ${issue.message}` : `tệp: ${issue.message}`);
      }
      console.error(`minutebook: chưa nhập được: ${commandErrorVi(applied.error)} Chưa có gì được ghi.`);
      return 1;
    }
    console.log(`Đã nhập tệp ${input.fileName} vào Ban Chỉ đạo #${args.committeeId}: ${importSummaryVi(applied.value as RosterImportResult)}.`);
    return 0;
  } finally {
    await core.close();
  }
}
