import { resolveArchivePath } from '../../db/paths.js';
import { openCore } from '../core/client.js';
import { type Roster, formatDisplayDate } from '../contract.js';
import type { CliArgs } from './args.js';
import { commandErrorVi } from './messages-vi.js';

/** The columns `minutebook roster` prints (the headers the roster import recognizes). */
export const ROSTER_COLUMNS = ['Họ và tên', 'Chức danh trong Ban Chỉ đạo', 'Chức vụ', 'Từ ngày', 'Quyết định'] as const;

/** The roster as text: a title line, then one tab-separated line per member under a header. */
export function rosterText(roster: Roster): string {
  const title = `${roster.committee.name} — ngày ${formatDisplayDate(roster.asOf)}: ${roster.members.length} thành viên`;
  const rows = roster.members.map((m) =>
    [m.fullName, m.roleName, m.position ?? '', formatDisplayDate(m.fromDate), m.decisionNumber ?? ''].join('\t'),
  );
  const cut = roster.truncated ? [`(chỉ liệt kê ${roster.members.length} thành viên đầu)`] : [];
  return [title, ROSTER_COLUMNS.join('\t'), ...rows, ...cut].join('\n');
}

/**
 * `minutebook roster --committee ID [--date D] [--json]`: the roster as of the day (default:
 * today in the archive's time zone), through the core like every host. Exit 0, or 1 when the
 * archive or the committee cannot be read (the reason on stderr).
 */
export async function roster(args: CliArgs): Promise<number> {
  const file = resolveArchivePath(args.db);
  const core = await openCore(file, { host: 'browser', readers: 0, lock: false });
  try {
    const result = await core.dispatch('roster.get', { committeeId: args.committee!, ...(args.date ? { asOf: args.date } : {}) });
    if (!result.ok) {
      console.error(`minutebook: ${result.error.code === 'NOT_FOUND' ? `không có Ban Chỉ đạo số ${args.committee} trong kho lưu trữ ${file}.` : commandErrorVi(result.error)}`);
      return 1;
    }
    const value = result.value as Roster;
    console.log(args.json ? JSON.stringify(value, null, 2) : rosterText(value));
    return 0;
  } finally {
    await core.close();
  }
}
