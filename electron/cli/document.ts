import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveArchivePath } from '../../db/paths.js';
import { type CommandError, type ExportedFile, isCalendarDate, parseDisplayDate } from '../contract.js';
import { openCore } from '../core/client.js';
import { commandErrorVi, usageErrorVi } from './messages-vi.js';
import { UsageError } from './usage.js';

export const DOCUMENT_USAGE =
  'minutebook document [--db FILE] roster COMMITTEE_ID [--date YYYY-MM-DD] --out FILE.docx\n' +
  '       minutebook document [--db FILE] (minutes|invitation) MEETING_ID --out FILE.docx\n' +
  // conclusions (C1, issue 9)
  '       minutebook document [--db FILE] conclusion CONCLUSION_ID --out FILE.docx';

export type DocumentArgs =
  | { kind: 'roster'; db?: string; committeeId: number; date?: string; out: string }
  // meeting documents (M4b): the minutes (biên bản) or the invitation (giấy mời) of a meeting
  | { kind: 'minutes' | 'invitation'; db?: string; meetingId: number; out: string }
  // conclusions (C1, issue 9): the conclusion notice (thông báo kết luận)
  | { kind: 'conclusion'; db?: string; conclusionId: number; out: string };

/** `document roster ID [--date D] --out FILE.docx`, `document (minutes|invitation) ID --out FILE.docx` (argv after "document"). */
export function parseDocumentArgs(argv: string[]): DocumentArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, db: { type: 'string' }, date: { type: 'string' }, out: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError(usageErrorVi((error as Error).message));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [kind, id, ...rest] = positionals;
  if (kind !== 'roster' && kind !== 'minutes' && kind !== 'invitation' && kind !== 'conclusion') {
    throw new UsageError('cần tên tài liệu: roster, minutes, invitation hoặc conclusion');
  }
  const what = kind === 'roster' ? 'số của Ban Chỉ đạo' : kind === 'conclusion' ? 'số của thông báo kết luận' : 'số của cuộc họp';
  if (id === undefined || !/^[1-9]\d{0,15}$/.test(id)) throw new UsageError(`document ${kind} cần ${what}${id === undefined ? '' : `, không phải ${id}`}`);
  if (rest.length > 0) throw new UsageError(`tham số thừa: ${rest[0]}`);
  if (!values.out) throw new UsageError('cần --out FILE.docx');
  if (!values.out.toLowerCase().endsWith('.docx')) throw new UsageError('--out phải là một tệp .docx');
  if (kind === 'conclusion') {
    if (values.date !== undefined) throw new UsageError('document conclusion không nhận --date: thông báo có ngày của nó');
    return { kind, db: values.db, conclusionId: Number(id), out: values.out };
  }
  if (kind !== 'roster') {
    if (values.date !== undefined) throw new UsageError(`document ${kind} không nhận --date: cuộc họp có ngày của nó`);
    return { kind, db: values.db, meetingId: Number(id), out: values.out };
  }
  let date: string | undefined;
  if (values.date !== undefined) {
    // YYYY-MM-DD, or dd/mm/yyyy as the clerk writes it; a day that does not exist is refused.
    date = isCalendarDate(values.date) ? values.date : (parseDisplayDate(values.date) ?? undefined);
    if (date === undefined) throw new UsageError(`--date không phải một ngày có thật: ${values.date}`);
  }
  return { kind, db: values.db, committeeId: Number(id), date, out: values.out };
}

/** The roster document's refusal in Vietnamese. */
function rosterRefusal(committeeId: number, error: CommandError): string {
  if (error.code === 'NOT_FOUND') return `Không có Ban Chỉ đạo số ${committeeId} trong kho lưu trữ.`;
  return `Không tạo được danh sách thành viên của Ban Chỉ đạo số ${committeeId}: ${commandErrorVi(error)}`;
}

/** A meeting document's refusal in Vietnamese, as the clerk reads it. */
function meetingRefusal(args: Extract<DocumentArgs, { kind: 'minutes' | 'invitation' }>, error: CommandError): string {
  if (error.code === 'NOT_FOUND') return `Không tìm thấy cuộc họp số ${args.meetingId}.`;
  return `Không tạo được ${args.kind === 'minutes' ? 'biên bản' : 'giấy mời'} của cuộc họp số ${args.meetingId}: ${commandErrorVi(error)}`;
}

/** A conclusion notice's refusal in Vietnamese. */
function conclusionRefusal(conclusionId: number, error: CommandError): string {
  if (error.code === 'NOT_FOUND') return `Không tìm thấy thông báo kết luận số ${conclusionId}.`;
  return `Không tạo được thông báo kết luận số ${conclusionId}: ${commandErrorVi(error)}`;
}

/** The command that makes the file, and how its refusal reads. */
function exportOf(args: DocumentArgs): { name: string; input: unknown; refusal: (error: CommandError) => string } {
  switch (args.kind) {
    case 'roster':
      return {
        name: 'roster.exportDocx',
        input: { committeeId: args.committeeId, ...(args.date ? { asOf: args.date } : {}) },
        refusal: (e) => rosterRefusal(args.committeeId, e),
      };
    case 'conclusion':
      return { name: 'conclusions.exportDocx', input: { id: args.conclusionId }, refusal: (e) => conclusionRefusal(args.conclusionId, e) };
    default:
      return { name: args.kind === 'minutes' ? 'minutes.exportDocx' : 'invitations.exportDocx', input: { meetingId: args.meetingId }, refusal: (e) => meetingRefusal(args, e) };
  }
}

/**
 * Writes the Word roster, minutes, invitation or conclusion notice. The core (worker threads) builds the bytes;
 * this host only saves them: to a temporary file beside the target, then renamed, so a
 * failure leaves no half file.
 */
export async function runDocument(args: DocumentArgs): Promise<number> {
  const file = resolveArchivePath(args.db);
  const core = await openCore(file, { host: 'browser', integrityCheck: 'skip', lock: false });
  try {
    const command = exportOf(args);
    const result = await core.dispatch(command.name, command.input);
    if (!result.ok) {
      console.error(`minutebook: ${command.refusal(result.error)}`);
      return 1;
    }
    const out = path.resolve(args.out);
    const temp = `${out}.${process.pid}.part`;
    try {
      fs.writeFileSync(temp, Buffer.from((result.value as ExportedFile).base64, 'base64'), { flag: 'wx' });
      fs.renameSync(temp, out);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      throw error;
    }
    console.log(`Đã ghi ${out}`);
    return 0;
  } finally {
    await core.close();
  }
}
