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
  '       minutebook document [--db FILE] (minutes|invitation) MEETING_ID [--version N] --out FILE.docx\n' +
  // conclusions (C1, issue 9)
  '       minutebook document [--db FILE] conclusion CONCLUSION_ID --out FILE.docx\n' +
  // C2 (issue 9): the two action documents
  '       minutebook document [--db FILE] tasks PERSON_ID --committee ID [--date YYYY-MM-DD] --out FILE.docx\n' +
  '       minutebook document [--db FILE] reminder (PERSON_ID | --unit NAME) --committee ID [--date YYYY-MM-DD] --out FILE.docx';

export type DocumentArgs =
  | { kind: 'roster'; db?: string; committeeId: number; date?: string; out: string }
  // meeting documents (M4b): the minutes (biên bản) or the invitation (giấy mời) of a meeting
  | { kind: 'minutes' | 'invitation'; db?: string; meetingId: number; out: string; version?: number }
  // conclusions (C1, issue 9): the conclusion notice (thông báo kết luận)
  | { kind: 'conclusion'; db?: string; conclusionId: number; out: string }
  // C2 (issue 9): "tasks of one member" and the reminder letter (công văn đôn đốc), issued by a committee
  | { kind: 'tasks' | 'reminder'; db?: string; committeeId: number; owner: { personId: number } | { unitName: string }; date?: string; out: string };

/** `document roster ID [--date D] --out FILE.docx`, `document (minutes|invitation) ID --out FILE.docx` (argv after "document"). */
export function parseDocumentArgs(argv: string[]): DocumentArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, db: { type: 'string' }, date: { type: 'string' }, out: { type: 'string' }, version: { type: 'string' }, committee: { type: 'string' }, unit: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError(usageErrorVi((error as Error).message));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [kind, id, ...rest] = positionals;
  if (kind === 'tasks' || kind === 'reminder') {
    if (values.version !== undefined) throw new UsageError('chỉ document minutes nhận --version');
    return parseActionDocumentArgs(kind, id, rest, values);
  }
  if (values.committee !== undefined || values.unit !== undefined) throw new UsageError(`document ${kind ?? ''} không nhận --committee, --unit`.replace('  ', ' '));
  if (kind !== 'roster' && kind !== 'minutes' && kind !== 'invitation' && kind !== 'conclusion') {
    throw new UsageError('cần tên tài liệu: roster, minutes, invitation, conclusion, tasks hoặc reminder');
  }
  const what = kind === 'roster' ? 'số của Ban Chỉ đạo' : kind === 'conclusion' ? 'số của thông báo kết luận' : 'số của cuộc họp';
  if (id === undefined || !/^[1-9]\d{0,15}$/.test(id)) throw new UsageError(`document ${kind} cần ${what}${id === undefined ? '' : `, không phải ${id}`}`);
  if (rest.length > 0) throw new UsageError(`tham số thừa: ${rest[0]}`);
  if (!values.out) throw new UsageError('cần --out FILE.docx');
  if (!values.out.toLowerCase().endsWith('.docx')) throw new UsageError('--out phải là một tệp .docx');
  if (kind === 'conclusion') {
    if (values.date !== undefined) throw new UsageError('document conclusion không nhận --date: thông báo có ngày của nó');
    if (values.version !== undefined) throw new UsageError('chỉ document minutes nhận --version');
    return { kind, db: values.db, conclusionId: Number(id), out: values.out };
  }
  if (kind !== 'roster') {
    if (values.date !== undefined) throw new UsageError(`document ${kind} không nhận --date: cuộc họp có ngày của nó`);
    // Finalized minutes print as signed: the latest version, or the one named (1 = the original).
    if (values.version === undefined) return { kind, db: values.db, meetingId: Number(id), out: values.out };
    if (kind !== 'minutes') throw new UsageError('chỉ document minutes nhận --version');
    if (!/^[1-9]\d{0,5}$/.test(values.version)) throw new UsageError(`--version cần số của bản biên bản (1 là bản gốc), không phải ${values.version}`);
    return { kind, db: values.db, meetingId: Number(id), out: values.out, version: Number(values.version) };
  }
  let date: string | undefined;
  if (values.version !== undefined) throw new UsageError('chỉ document minutes nhận --version');
  if (values.date !== undefined) {
    // YYYY-MM-DD, or dd/mm/yyyy as the clerk writes it; a day that does not exist is refused.
    date = isCalendarDate(values.date) ? values.date : (parseDisplayDate(values.date) ?? undefined);
    if (date === undefined) throw new UsageError(`--date không phải một ngày có thật: ${values.date}`);
  }
  return { kind, db: values.db, committeeId: Number(id), date, out: values.out };
}

/** The date as the clerk writes it (YYYY-MM-DD or dd/mm/yyyy); a day that does not exist is refused. */
function dateArg(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = isCalendarDate(value) ? value : (parseDisplayDate(value) ?? undefined);
  if (date === undefined) throw new UsageError(`--date không phải một ngày có thật: ${value}`);
  return date;
}

/** `document tasks PERSON_ID --committee ID …`, `document reminder (PERSON_ID | --unit NAME) --committee ID …` (C2). */
function parseActionDocumentArgs(
  kind: 'tasks' | 'reminder',
  id: string | undefined,
  rest: string[],
  values: { db?: string; date?: string; out?: string; committee?: string; unit?: string },
): DocumentArgs {
  if (rest.length > 0) throw new UsageError(`tham số thừa: ${rest[0]}`);
  const unit = kind === 'reminder' ? values.unit?.trim() : undefined;
  if (kind === 'tasks' && values.unit !== undefined) throw new UsageError('document tasks không nhận --unit: danh sách nhiệm vụ là của một người');
  if (unit !== undefined && id !== undefined) throw new UsageError('document reminder cần số của một người hoặc --unit, không cả hai');
  if (unit === '') throw new UsageError('--unit cần tên đơn vị');
  if (unit === undefined && (id === undefined || !/^[1-9]\d{0,15}$/.test(id))) {
    throw new UsageError(`document ${kind} cần số của một người${kind === 'reminder' ? ' (hoặc --unit TÊN ĐƠN VỊ)' : ''}${id === undefined ? '' : `, không phải ${id}`}`);
  }
  if (values.committee === undefined || !/^[1-9]\d{0,15}$/.test(values.committee)) throw new UsageError('cần --committee ID: Ban Chỉ đạo ban hành văn bản');
  if (!values.out) throw new UsageError('cần --out FILE.docx');
  if (!values.out.toLowerCase().endsWith('.docx')) throw new UsageError('--out phải là một tệp .docx');
  const owner = unit !== undefined ? { unitName: unit } : { personId: Number(id) };
  return { kind, db: values.db, committeeId: Number(values.committee), owner, date: dateArg(values.date), out: values.out };
}

/** The roster document's refusal in Vietnamese. */
function rosterRefusal(committeeId: number, error: CommandError): string {
  if (error.code === 'NOT_FOUND') return `Không có Ban Chỉ đạo số ${committeeId} trong kho lưu trữ.`;
  return `Không tạo được danh sách thành viên của Ban Chỉ đạo số ${committeeId}: ${commandErrorVi(error)}`;
}

/** A meeting document's refusal in Vietnamese, as the clerk reads it. */
function meetingRefusal(args: Extract<DocumentArgs, { kind: 'minutes' | 'invitation' }>, error: CommandError): string {
  if (error.code === 'NOT_FOUND' && args.version) return `Không tìm thấy bản ${args.version} của biên bản cuộc họp số ${args.meetingId}.`;
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
    case 'tasks':
    case 'reminder': {
      const [name, input] = actionDocumentCommand(args);
      return { name, input, refusal: (e) => actionDocumentRefusal(args, e) };
    }
    default:
      return {
        name: args.kind === 'minutes' ? 'minutes.exportDocx' : 'invitations.exportDocx',
        input: { meetingId: args.meetingId, ...(args.version ? { version: args.version } : {}) },
        refusal: (e) => meetingRefusal(args, e),
      };
  }
}


type ActionDocumentArgs = Extract<DocumentArgs, { kind: 'tasks' | 'reminder' }>;

/** The command and input of an action document (C2). */
function actionDocumentCommand(args: ActionDocumentArgs): [string, unknown] {
  const asOf = args.date ? { asOf: args.date } : {};
  if (args.kind === 'reminder') return ['actions.reminderDocx', { owner: args.owner, committeeId: args.committeeId, ...asOf }];
  return ['actions.memberTasksDocx', { personId: 'personId' in args.owner ? args.owner.personId : 0, committeeId: args.committeeId, ...asOf }];
}

function actionDocumentRefusal(args: ActionDocumentArgs, error: CommandError): string {
  if (error.code === 'NOT_FOUND') {
    const person = 'personId' in args.owner ? `người số ${args.owner.personId} hoặc ` : '';
    return `Không tìm thấy ${person}Ban Chỉ đạo số ${args.committeeId} trong kho lưu trữ.`;
  }
  return `Không tạo được ${args.kind === 'tasks' ? 'danh sách nhiệm vụ' : 'công văn đôn đốc'}: ${commandErrorVi(error)}`;
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
