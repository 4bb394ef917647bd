import { parseArgs } from 'node:util';
import path from 'node:path';
import { resolveArchivePath } from '../../db/paths.js';
import { ACTION_STATUSES, ACTION_STATUS_LABELS_VI, isCalendarDate, parseDisplayDate } from '../contract.js';
import { openCore } from '../core/client.js';
import { commandErrorVi, failureVi, usageErrorVi } from './messages-vi.js';
import { UsageError } from './usage.js';

// `minutebook report --db FILE --as-of YYYY-MM-DD [--committee ID] --format xlsx|json --out FILE`
// (C2, issue 9): the actions report as of a day, counts by status per owner and per conclusion
// and every action, written by the core's job worker (streamed) to a temp file beside FILE, then renamed.

export const REPORT_HELP_VI = `Cách dùng: minutebook report [--db FILE] --as-of YYYY-MM-DD [--committee ID] --format xlsx|json --out FILE
  Ghi báo cáo tình hình thực hiện nhiệm vụ đến một ngày (--as-of nhận cả dd/mm/yyyy; mặc định: hôm nay):
  số nhiệm vụ theo tình trạng, theo người/đơn vị chủ trì và theo thông báo kết luận, và danh sách nhiệm vụ.
  --committee ID   chỉ các nhiệm vụ của Ban Chỉ đạo số ID
  --format         xlsx (Excel) hoặc json
Kho lưu trữ: --db FILE, hoặc biến MINUTEBOOK_DB, hoặc minutebook.sqlite trong thư mục dữ liệu người dùng.
Mã thoát: 0 thành công, 1 không thực hiện được, 2 sai cách dùng.`;

export interface ReportArgs {
  db?: string;
  asOf?: string;
  committeeId?: number;
  format: 'xlsx' | 'json';
  out: string;
}

export function parseReportArgs(argv: string[]): ReportArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        help: { type: 'boolean', short: 'h' },
        db: { type: 'string' },
        'as-of': { type: 'string' },
        committee: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(usageErrorVi((error as Error).message));
  }
  const v = parsed.values;
  if (v.help) return 'help';
  let asOf: string | undefined;
  if (v['as-of'] !== undefined) {
    asOf = isCalendarDate(v['as-of']) ? v['as-of'] : (parseDisplayDate(v['as-of']) ?? undefined);
    if (asOf === undefined) throw new UsageError(`--as-of không phải một ngày có thật: ${v['as-of']}`);
  }
  if (v.committee !== undefined && !/^[1-9]\d{0,15}$/.test(v.committee)) throw new UsageError(`--committee cần số của Ban Chỉ đạo, không phải ${v.committee}`);
  if (v.format !== 'xlsx' && v.format !== 'json') throw new UsageError('cần --format xlsx hoặc --format json');
  if (!v.out) throw new UsageError(`cần --out FILE.${v.format}`);
  if (!v.out.toLowerCase().endsWith(`.${v.format}`)) throw new UsageError(`--out phải là một tệp .${v.format}`);
  return { db: v.db, asOf, committeeId: v.committee === undefined ? undefined : Number(v.committee), format: v.format, out: v.out };
}

export async function runReport(args: ReportArgs): Promise<number> {
  const core = await openCore(resolveArchivePath(args.db), { host: 'browser', integrityCheck: 'skip', lock: false });
  try {
    const out = path.resolve(args.out);
    const result = await core.job('reports.writeFile', {
      file: out,
      format: args.format,
      ...(args.asOf ? { asOf: args.asOf } : {}),
      ...(args.committeeId ? { committeeId: args.committeeId } : {}),
    });
    if (!result.ok) {
      const what = result.error.code === 'NOT_FOUND' && args.committeeId ? `Không có Ban Chỉ đạo số ${args.committeeId} trong kho lưu trữ.` : `Không tạo được báo cáo: ${commandErrorVi(result.error)}`;
      console.error(`minutebook: ${what}`);
      return 1;
    }
    const { asOf, totals } = result.value;
    console.log(`Đã ghi ${out}`);
    console.log(`Tình hình đến ngày ${asOf.split('-').reverse().join('/')}: ${totals.total} nhiệm vụ`);
    for (const s of ACTION_STATUSES) console.log(`  ${ACTION_STATUS_LABELS_VI[s]}: ${totals[s]}`);
    return 0;
  } finally {
    await core.close();
  }
}

/** `minutebook report ...`: exit 0 written, 1 refused or failed, 2 usage. */
export async function runReportCli(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseReportArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`minutebook: ${error.message}\n\n${REPORT_HELP_VI}`);
    return 2;
  }
  if (args === 'help') {
    console.log(REPORT_HELP_VI);
    return 0;
  }
  try {
    return await runReport(args);
  } catch (error) {
    console.error(`minutebook: ${failureVi(error)}`);
    return 1;
  }
}
