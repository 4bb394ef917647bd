// Follow-up actions (nhiệm vụ), the chase, and the reports (issue 9, helper C2): the shapes the
// core answers with. The status vocabulary itself lives once in values.ts (ACTION_STATUSES).
// Pure: imports only this folder.
import type { Committee, Person } from './entities.js';
import type { SignerBlock } from './meeting-document.js';
import type { Page } from './page.js';
import type { ActionStatus } from './values.js';

/** "Sắp đến hạn": an open action whose deadline is within this many days (setting actions.dueSoonDays). */
export const DEFAULT_DUE_SOON_DAYS = 3;
/** The settings key of the due-soon window. */
export const DUE_SOON_SETTING = 'actions.dueSoonDays';
/** Most actions one "turn every directive into actions" may create, and most co-owners of one action. */
export const ACTIONS_FROM_CONCLUSION_MAX = 200;
export const ACTION_CO_OWNERS_MAX = 20;

/** The statuses of a done action, and of an open one (the rest). */
export const DONE_STATUSES = ['done_on_time', 'done_late'] as const satisfies readonly ActionStatus[];
export const OPEN_STATUSES = ['in_progress', 'overdue', 'due_soon', 'no_deadline', 'on_hold'] as const satisfies readonly ActionStatus[];

/** Vietnamese label of each status (the government tracking vocabulary, DESIGN.md). */
export const ACTION_STATUS_LABELS_VI: Record<ActionStatus, string> = {
  done_on_time: 'Đã hoàn thành đúng hạn',
  done_late: 'Đã hoàn thành quá hạn',
  in_progress: 'Đang thực hiện trong hạn',
  overdue: 'Đang thực hiện quá hạn',
  due_soon: 'Sắp đến hạn',
  no_deadline: 'Không thời hạn',
  on_hold: 'Tạm dừng',
};

/** Who carries an action: a member of the archive (a person) or a unit, by name. */
export type OwnerRef = { personId: number } | { unitName: string };

/** One owner of an action as listed: the lead (chủ trì) or a co-owner (phối hợp). */
export interface ActionOwner {
  personId: number | null;
  unitName: string | null;
  /** The person's name, or the unit's. */
  name: string;
  lead: boolean;
}

/** The filters of actions.list; every dashboard figure and report group carries one that reproduces it. */
export interface ActionListFilter {
  committeeId?: number;
  conclusionId?: number;
  conclusionItemId?: number;
  /** Only the actions given outside any conclusion (standalone). */
  withoutConclusion?: boolean;
  /** The lead owner. */
  owner?: OwnerRef;
  /** Any of these statuses, derived as of `asOf` in SQL. */
  statuses?: ActionStatus[];
  /** Deadline within [deadlineFrom, deadlineTo] (either end optional). */
  deadlineFrom?: string;
  deadlineTo?: string;
  /** Completed within [completedFrom, completedTo] ("done this month"). */
  completedFrom?: string;
  completedTo?: string;
  /** The day statuses are derived for (default: today in the archive's time zone). */
  asOf?: string;
}

/** An action in a list: its status as of the list's day. */
export interface ActionSummary {
  id: number;
  committeeId: number;
  committeeName: string;
  conclusionId: number | null;
  conclusionItemId: number | null;
  /** "01/TB-BCĐ"-like reference of the conclusion, when the action comes from one that is numbered. */
  conclusionNumber: number | null;
  title: string;
  /** The day the task was given (an action does not exist before it). */
  assignedOn: string;
  deadline: string | null;
  completedOn: string | null;
  onHold: boolean;
  holdReason: string | null;
  /** Derived as of `asOf` of the page; null only from actions.get asked for a day before `assignedOn`. */
  status: ActionStatus | null;
  /** The lead owner's name (null when none is recorded). */
  leadOwner: ActionOwner | null;
}

export interface ActionPage extends Page<ActionSummary> {
  asOf: string;
  dueSoonDays: number;
  /** Every matching action (a count in SQL). */
  total: number;
}

export interface ProgressUpdate {
  id: number;
  actionId: number;
  reportedOn: string;
  text: string;
  attachmentId: number | null;
  attachmentName: string | null;
}

export interface ActionDetail extends ActionSummary {
  description: string | null;
  owners: ActionOwner[];
  evidenceText: string | null;
  evidenceAttachmentId: number | null;
  evidenceAttachmentName: string | null;
  /** Oldest first. */
  progress: ProgressUpdate[];
  asOf: string;
}

/** What "turn every directive into actions" made. */
export interface ActionsCreated {
  actions: ActionSummary[];
}

/** Counts of actions by status, and their total. */
export type ActionStatusCounts = Record<ActionStatus, number> & { total: number };

export const CHASE_FIGURES = ['overdue', 'due_soon', 'done_this_month', 'open'] as const;
export type ChaseFigureKey = (typeof CHASE_FIGURES)[number];

/** One dashboard figure: its number and the list filter whose total is that number. */
export interface ChaseFigure {
  key: ChaseFigureKey;
  count: number;
  filter: ActionListFilter;
}

/** Open actions of one lead owner as of the day (the dashboard's "by owner"). */
export interface ChaseOwnerCount {
  owner: ActionOwner;
  open: number;
  overdue: number;
  /** The list of this owner's open actions. */
  filter: ActionListFilter;
  /** The list of this owner's overdue actions. */
  overdueFilter: ActionListFilter;
}

export interface ActionChase {
  asOf: string;
  dueSoonDays: number;
  committeeId: number | null;
  figures: ChaseFigure[];
  /** Owners with the most open actions first, at most CHASE_OWNERS_MAX. */
  byOwner: ChaseOwnerCount[];
}
export const CHASE_OWNERS_MAX = 50;

/** One row of a report: an owner or a conclusion, its counts, and the filter of its list. */
export interface ReportGroup {
  /** "Nguyễn Văn A", "Sở Nội vụ", "Thông báo số 01 (13/01/2021)". */
  label: string;
  owner?: ActionOwner;
  conclusionId?: number | null;
  counts: ActionStatusCounts;
  filter: ActionListFilter;
}

/** The report as of a day: counts by status per owner and per conclusion (the lists: actions.list with each filter). */
export interface ActionReport {
  asOf: string;
  dueSoonDays: number;
  committee: Committee | null;
  totals: ActionStatusCounts;
  byOwner: ReportGroup[];
  byConclusion: ReportGroup[];
}

/** The official header parts every document of the committee carries. */
export interface ActionDocumentHeader {
  committee: Committee;
  /** The place-date line's day. */
  issuedOn: string;
  signer: SignerBlock;
}

/** "Tasks of one member" (danh sách nhiệm vụ): every action where the person is lead or co-owner. */
export interface MemberTasksDocumentData extends ActionDocumentHeader {
  person: Person;
  asOf: string;
  dueSoonDays: number;
  tasks: ActionSummary[];
  counts: ActionStatusCounts;
  /** More than ACTION_DOCUMENT_MAX tasks: only the first ones are listed. */
  truncated: boolean;
}

/** The reminder letter (công văn đôn đốc): one owner's overdue tasks as of the day. */
export interface ReminderDocumentData extends ActionDocumentHeader {
  owner: ActionOwner;
  asOf: string;
  /** "V/v đôn đốc thực hiện nhiệm vụ quá hạn". */
  subject: string;
  tasks: ActionSummary[];
  truncated: boolean;
  recipients: string[];
}
export const ACTION_DOCUMENT_MAX = 500;

/** The agenda item carry-forward adds to a meeting. */
export const CARRY_FORWARD_TITLE = 'Kiểm điểm việc thực hiện kết luận';

// --- the two documents' text, once for the print views and the Word files ---

export const MEMBER_TASKS_TITLE = 'DANH SÁCH NHIỆM VỤ';
export const REMINDER_SUBJECT = 'V/v đôn đốc thực hiện nhiệm vụ quá hạn';

/** "Thời hạn: 31/03/2021" / "Không thời hạn", as a task line shows it. */
function deadlineText(deadline: string | null): string {
  if (!deadline) return 'không thời hạn';
  const [y, m, d] = deadline.split('-');
  return `thời hạn ${d}/${m}/${y}`;
}

/** "1. Rà soát … (Thông báo số 01; thời hạn 31/03/2021): Đang thực hiện quá hạn." */
export function taskLine(task: ActionSummary, index: number, withStatus = true): string {
  const from = task.conclusionNumber !== null ? `Thông báo số ${String(task.conclusionNumber).padStart(2, '0')}; ` : '';
  const status = withStatus && task.status ? `: ${ACTION_STATUS_LABELS_VI[task.status]}` : '';
  return `${index + 1}. ${task.title} (${from}${deadlineText(task.deadline)})${status}.`;
}

/** The reminder's opening paragraph. */
export function reminderOpening(data: Pick<ReminderDocumentData, 'owner' | 'asOf' | 'tasks' | 'committee'>): string {
  const [y, m, d] = data.asOf.split('-');
  const who = data.owner.personId !== null ? `đồng chí ${data.owner.name}` : data.owner.name;
  return `Theo dõi việc thực hiện các nhiệm vụ được giao, đến ngày ${d}/${m}/${y}, ${who} còn ${data.tasks.length} nhiệm vụ đã quá thời hạn mà chưa hoàn thành, cụ thể như sau:`;
}

export const REMINDER_CLOSING = 'Đề nghị khẩn trương triển khai thực hiện, báo cáo kết quả về Ban Chỉ đạo (qua Tổ giúp việc) trong thời gian sớm nhất./.';

/** "Kính gửi: đồng chí …" or the unit. */
export function reminderAddressee(owner: ActionOwner): string {
  return `Kính gửi: ${owner.personId !== null ? `đồng chí ${owner.name}` : owner.name}.`;
}

/** "danh-sach-nhiem-vu-7.docx", "don-doc-7.docx": ASCII, no path characters. */
export function actionDocumentFileName(kind: 'tasks' | 'reminder', id: number | string): string {
  const safe = String(id).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'x';
  return `${kind === 'tasks' ? 'danh-sach-nhiem-vu' : 'don-doc'}-${safe}.docx`;
}
