import { z } from 'zod';
import {
  ARCHIVE_ERROR_CODES,
  type ArchiveErrorCode,
  AUDITED_ENTITIES,
  type ArchiveStatus,
  type AuditChainState,
  type AuditRecord,
  COMMITTEE_LEVELS,
  type Committee,
  type CommitteeRole,
  type CommitteeSaved,
  DOCUMENT_FORMATS,
  type DashboardCounts,
  type ExportedFile,
  type Decision,
  type DecisionChanges,
  type AttachmentInfo,
  type DecisionFileInfo,
  LANGUAGES,
  MAX_COMMITTEE_ROLES,
  type AgendaItem,
  type AttendanceSheet,
  type DocumentNumber,
  type InviteeList,
  type MeetingDetail,
  type MeetingGuest,
  type MeetingSummary,
  type NumberingSettings,
  PEOPLE_SORTS,
  type Page,
  type Person,
  type PersonDetail,
  ROSTER_IMPORT_MAX_BYTES,
  type PersonMergeResult,
  type ReconstitutionPreview,
  type ReconstitutionResult,
  type RefusalDetail,
  type Roster,
  type RosterImportPreview,
  type RosterImportResult,
  type RosterDocumentData,
  type Saved,
  type Membership,
  type Today,
  isTimeZone,
} from '../db/model/index.js';
import { cursor, id, isoDate, limit, multilineText, offset, optionalText, safeText, text } from './contract/fields.js';
import { decisionFields, membershipFields, reconstitution, roleCode } from './contract/roster-inputs.js';
import * as meetingInputs from './contract/meetings-inputs.js';
import { attachmentLink, linkTarget, orphanList } from './contract/attachments-inputs.js';

export { DOWNLOAD_ROUTE, UPLOAD_ROUTE } from './contract/attachments-inputs.js';
// M2 (issue 8): minutes
import { minutesInputs } from './contract/minutes-inputs.js';
import type { Minutes, MinutesComparison, MinutesSaved, MinutesVersion } from '../db/model/index.js';
// meeting documents (M4b)
import type { InvitationDocumentData, MinutesDocumentData } from '../db/model/index.js';
// C2 (issue 9): actions, the chase, reports
import * as actionInputs from './contract/actions-inputs.js';
import type { ActionChase, ActionDetail, ActionPage, ActionReport, ActionsCreated, MemberTasksDocumentData, ReminderDocumentData } from '../db/model/index.js';
// conclusions (C1, issue 9)
import { conclusionsInputs } from './contract/conclusions-inputs.js';
import type {
  ConclusionDetail,
  ConclusionDocumentData,
  ConclusionSignerOptions,
  ConclusionStartingText,
  ConclusionSummary,
} from '../db/model/index.js';

// The model (types and value lists) has one owner, db/model; the renderer reaches it here.
export * from '../db/model/index.js';

// Every command, declared once: its name, the zod schema of its input, whether it writes,
// and its result type. Handlers, the Electron preload, the browser-mode server, the CLI and
// the renderer's client all derive from this table. No Node, no DOM: the renderer imports it.

const committeeLevel = z.enum(COMMITTEE_LEVELS);
const documentFormat = z.enum(DOCUMENT_FORMATS);

const committeeFields = z.object({
  name: text(300),
  shortName: optionalText(100),
  level: committeeLevel,
  parentBody: optionalText(300),
  parentCommitteeId: id.nullish(),
  placeName: optionalText(100),
  documentFormat: documentFormat.optional(),
  conclusionSymbol: optionalText(30),
  /** The issuing body in capitals, as printed ("BAN CHỈ ĐẠO"): stored upper-cased. */
  issuingBody: optionalText(300).transform((v) => (v == null ? v : v.toLocaleUpperCase('vi'))),
  symbol: optionalText(30),
  timeZone: z
    .string()
    .refine(isTimeZone, { message: 'time_zone' })
    .nullish()
    .transform((v) => v ?? null)
    .optional(),
});


const personFields = z.object({
  fullName: text(150),
  position: optionalText(300),
  organisation: optionalText(300),
  phone: safeText()
    .pipe(z.string().trim().regex(/^$|^\+?[0-9 .()-]{6,20}$/, 'phone'))
    .nullish()
    .transform((v) => (v === '' ? null : v)),
  email: safeText()
    .pipe(z.union([z.literal(''), z.email().max(254)]))
    .nullish()
    .transform((v) => (v === '' ? null : v)),
  notes: multilineText(4000),
});

/**
 * A spreadsheet to import (roster.import.*): its bytes as base64, at most
 * ROSTER_IMPORT_MAX_BYTES (5 MiB) once decoded. Uploads will stream later.
 */
const importFile = {
  committeeId: id,
  fileName: text(255),
  contentBase64: z
    .string()
    .max(Math.ceil(ROSTER_IMPORT_MAX_BYTES / 3) * 4, 'import_too_large')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
};

/** Settings the UI may read and write, each with its own schema. */
export const settingSchemas = {
  'ui.language': z.enum(LANGUAGES),
  /** The archive's time zone, for "today" (default Asia/Ho_Chi_Minh): an IANA name. */
  'archive.timeZone': z.string().refine(isTimeZone, { message: 'time_zone' }),
  /** P1: the clerk's name the audit log records when the OS account is "root" or has no name. */
  'archive.clerkName': text(100),
  // C2 (issue 9): "Sắp đến hạn" = an open action's deadline within this many days (default 3).
  'actions.dueSoonDays': actionInputs.dueSoonDays,
} as const;
export type SettingKey = keyof typeof settingSchemas;
/** A setting's own type; `settings.get` answers null for a key never set. */
export type SettingValue<K extends SettingKey> = z.output<(typeof settingSchemas)[K]>;
export type SettingValues = { [K in SettingKey]: SettingValue<K> | null };
const settingKey = z.enum(Object.keys(settingSchemas) as [SettingKey, ...SettingKey[]]);

/**
 * A result whose type depends on the input's `key` (settings.get): `M[key]`. Type-level only.
 */
export interface ByKey<M> {
  byKey: M;
}

interface CommandDef<I extends z.ZodType, R> {
  input: I;
  /** A mutation writes to the archive: refused when the archive failed its integrity check. */
  kind: 'query' | 'mutation';
  /** Type-level only: the result type. */
  result: { type: R };
}

function query<R>() {
  return <I extends z.ZodType>(input: I): CommandDef<I, R> => ({ input, kind: 'query', result: {} as { type: R } });
}
function mutation<R>() {
  return <I extends z.ZodType>(input: I): CommandDef<I, R> => ({ input, kind: 'mutation', result: {} as { type: R } });
}

const empty = z.object({}).strict();
const rosterOfDate = z.object({ committeeId: id, asOf: isoDate.optional() }).strict();

export const commands = {
  'archive.status': query<ArchiveStatus>()(empty),
  'archive.verifyAudit': query<AuditChainState>()(empty),
  /** Today in the archive's time zone: the renderer's only source of "today". */
  'clock.today': query<Today>()(empty),
  'dashboard.counts': query<DashboardCounts>()(z.object({ asOf: isoDate.optional() }).strict()),

  /** parentCommitteeId: null lists the top of the tree, a number that committee's children. */
  'committees.list': query<Page<Committee>>()(
    z
      .object({
        level: committeeLevel.optional(),
        parentCommitteeId: id.nullable().optional(),
        /** Committees whose name contains these words, folded (no accents, no case): the pickers' search. */
        query: safeText().pipe(z.string().max(200)).optional(),
        limit,
        offset,
      })
      .strict(),
  ),
  'committees.get': query<Committee>()(z.object({ id }).strict()),
  'committees.create': mutation<CommitteeSaved>()(committeeFields.strict()),
  'committees.update': mutation<CommitteeSaved>()(committeeFields.partial().extend({ id }).strict()),
  /** Moves a committee under another (or to the top): a loop is refused with CONFLICT. */
  'committees.move': mutation<CommitteeSaved>()(z.object({ id, parentCommitteeId: id.nullable() }).strict()),
  'committees.delete': mutation<null>()(z.object({ id }).strict()),
  /** The committee's ordered list of roles. */
  'committees.roles': query<Page<CommitteeRole>>()(z.object({ committeeId: id }).strict()),
  /**
   * Replaces the ordered list: an entry with a code keeps (and may rename) that role, one
   * without gets a new code. Removing a role that memberships use is refused (HAS_DEPENDENTS).
   */
  'committees.setRoles': mutation<Page<CommitteeRole>>()(
    z
      .object({
        committeeId: id,
        roles: z.array(z.object({ code: roleCode.optional(), name: text(100) }).strict()).min(1).max(MAX_COMMITTEE_ROLES),
      })
      .strict(),
  ),
  /** Every decision of the committee, newest first, with the memberships it started and ended. */
  'committees.history': query<Page<DecisionChanges>>()(z.object({ committeeId: id, limit, cursor }).strict()),

  'people.list': query<Page<Person>>()(
    z.object({ query: safeText().pipe(z.string().max(200)).optional(), sort: z.enum(PEOPLE_SORTS).optional(), limit, cursor }).strict(),
  ),
  'people.get': query<PersonDetail>()(z.object({ id }).strict()),
  /** People with the same folded name and organisation (either organisation blank matches): shown before saving. */
  'people.findDuplicates': query<Page<Person>>()(
    z.object({ fullName: text(150), organisation: optionalText(300), excludeId: id.optional(), limit }).strict(),
  ),
  'people.create': mutation<Saved<PersonDetail>>()(personFields.strict()),
  /**
   * A new fullName is a rename from today (the old name kept for past rosters), unless
   * `nameCorrection`: a misspelling fixed everywhere, past included (no name history kept).
   */
  'people.update': mutation<Saved<PersonDetail>>()(personFields.partial().extend({ id, nameCorrection: z.boolean().optional() }).strict()),
  /** Refused with HAS_DEPENDENTS while any record names the person: mark them inactive instead. */
  'people.delete': mutation<null>()(z.object({ id }).strict()),
  'people.setActive': mutation<PersonDetail>()(z.object({ id, active: z.boolean() }).strict()),
  /** Keeps `keepId`; every reference to `mergeId` moves to it, then `mergeId` is deleted. One audited transaction. */
  'people.merge': mutation<PersonMergeResult>()(
    z
      .object({ keepId: id, mergeId: id })
      .strict()
      .refine((v) => v.keepId !== v.mergeId, { path: ['mergeId'], message: 'same_person' }),
  ),
  /** The person's roles across committees, newest first. */
  'people.history': query<Page<Membership>>()(z.object({ personId: id, limit, cursor }).strict()),

  'memberships.get': query<Membership>()(z.object({ id }).strict()),
  'memberships.create': mutation<Saved<Membership>>()(membershipFields.strict()),
  /** Corrects a membership as entered (a change of role by decision is a reconstitution). */
  'memberships.update': mutation<Membership>()(membershipFields.omit({ personId: true, committeeId: true }).partial().extend({ id }).strict()),
  'memberships.end': mutation<Membership>()(z.object({ id, toDate: isoDate, endDecisionId: id.nullish() }).strict()),
  /** Removes a membership entered by mistake (audited). */
  'memberships.delete': mutation<null>()(z.object({ id }).strict()),

  'decisions.list': query<Page<Decision>>()(z.object({ committeeId: id, limit, cursor }).strict()),
  'decisions.get': query<Decision>()(z.object({ id }).strict()),
  'decisions.create': mutation<Decision>()(decisionFields.strict()),
  'decisions.update': mutation<Decision>()(decisionFields.omit({ committeeId: true }).partial().extend({ id }).strict()),
  /** Refused with HAS_DEPENDENTS while memberships name the decision. */
  'decisions.delete': mutation<null>()(z.object({ id }).strict()),

  // Attachments (helper M3): the bytes stream on the hosts' file routes, never in a command.
  /** Makes a stored attachment the decision's scanned file; the scan it replaces is kept. */
  'decisions.setScan': mutation<Decision>()(z.object({ decisionId: id, attachmentId: id }).strict()),
  /** The decision's scanned file (NOT_FOUND when it has none). */
  'decisions.getScan': query<DecisionFileInfo>()(z.object({ decisionId: id }).strict()),
  'attachments.get': query<AttachmentInfo>()(z.object({ id }).strict()),
  /** A meeting's or an agenda item's files, in the order they were added (at most ATTACHMENT_LIST_MAX). */
  'attachments.list': query<Page<AttachmentInfo>>()(linkTarget),
  'attachments.link': mutation<AttachmentInfo>()(attachmentLink),
  /**
   * Removes the link only; the attachment stays in the archive. Refused (VALIDATION on status:
   * meeting_locked) once the meeting's minutes are finalized or it is cancelled.
   */
  'attachments.unlink': mutation<null>()(attachmentLink),
  /** Deletes an orphan (nothing refers to it); HAS_DEPENDENTS while a meeting, agenda item, decision or progress note links it. */
  'attachments.delete': mutation<null>()(z.object({ id }).strict()),
  // (end of M3's block)
  // P1 (issue 8 review): the files nothing refers to any more, oldest first (name, size, added).
  'attachments.orphans': query<Page<AttachmentInfo>>()(orphanList),

  'roster.get': query<Roster>()(z.object({ committeeId: id, asOf: isoDate.optional() }).strict()),
  /** Reads a .xlsx/.csv roster and checks every row; writes nothing. */
  'roster.import.preview': query<RosterImportPreview>()(z.object(importFile).strict()),
  /** Writes every row of the previewed file (fileHash from the preview), or none. */
  'roster.import.apply': mutation<RosterImportResult>()(
    z.object({ ...importFile, fileHash: z.string().regex(/^[0-9a-f]{64}$/, 'file_hash') }).strict(),
  ),
  /** The roster of a date as a document: with the decision in force then and today's date line. */
  'roster.document': query<RosterDocumentData>()(rosterOfDate),
  /** The same document as Word (.docx) and as a spreadsheet (.xlsx), as bytes the host saves. */
  'roster.exportDocx': query<ExportedFile>()(rosterOfDate),
  'roster.exportXlsx': query<ExportedFile>()(rosterOfDate),
  'roster.reconstitution.preview': query<ReconstitutionPreview>()(reconstitution),
  'roster.reconstitution.apply': mutation<ReconstitutionResult>()(reconstitution),

  /** A record's history ("Lịch sử") from the audit log, newest first. */
  'audit.history': query<Page<AuditRecord>>()(
    z.object({ entity: z.enum(AUDITED_ENTITIES), entityId: id, limit, cursor }).strict(),
  ),

  // --- meetings (M1): meetings, agenda, guests, invitees, invitations, attendance, document numbers ---
  'meetings.list': query<Page<MeetingSummary>>()(meetingInputs.meetingList),
  /** The meeting with its agenda, guests, attendance summary ("có mặt x/y") and invitation. */
  'meetings.get': query<MeetingDetail>()(z.object({ id }).strict()),
  /** A new meeting, status draft. */
  'meetings.create': mutation<MeetingDetail>()(meetingInputs.meetingCreate),
  /** Refused (VALIDATION on status: meeting_locked) once the minutes are finalized or the meeting cancelled. */
  'meetings.update': mutation<MeetingDetail>()(meetingInputs.meetingUpdate),
  /** Only MEETING_TRANSITIONS (VALIDATION on status: status_transition otherwise); cancelled needs a reason. */
  'meetings.setStatus': mutation<MeetingDetail>()(meetingInputs.meetingSetStatus),
  /** A draft with no agenda, guests, attendance, minutes, conclusions or invitation; HAS_DEPENDENTS otherwise. */
  'meetings.delete': mutation<null>()(z.object({ id }).strict()),
  /** Who is invited: the committee's roster on the meeting day, then the guests. */
  'meetings.invitees': query<InviteeList>()(z.object({ meetingId: id }).strict()),

  /** Each agenda command answers with the whole agenda, in order. */
  'agenda.add': mutation<AgendaItem[]>()(meetingInputs.agendaAdd),
  'agenda.update': mutation<AgendaItem[]>()(meetingInputs.agendaUpdate),
  'agenda.remove': mutation<AgendaItem[]>()(z.object({ id }).strict()),
  'agenda.move': mutation<AgendaItem[]>()(meetingInputs.agendaMove),

  /** Each guest command answers with every guest, in order. */
  'guests.add': mutation<MeetingGuest[]>()(meetingInputs.guestAdd),
  'guests.update': mutation<MeetingGuest[]>()(meetingInputs.guestUpdate),
  /** Refused (HAS_DEPENDENTS) once the guest's attendance is recorded. */
  'guests.remove': mutation<MeetingGuest[]>()(z.object({ id }).strict()),

  /** Every member on the meeting day's roster and every guest, with the current state and "có mặt x/y". */
  'attendance.get': query<AttendanceSheet>()(z.object({ meetingId: id }).strict()),
  /** One row or many, in one transaction; a member must be on that day's roster. */
  'attendance.set': mutation<AttendanceSheet>()(meetingInputs.attendanceSet),

  /** Numbers the invitation (giấy mời) from the committee's GM series and dates it; a draft meeting becomes invited. */
  'invitations.issue': mutation<MeetingDetail>()(meetingInputs.invitationIssue),

  /** A committee's numbers, newest first, by type and period. */
  'documentNumbers.list': query<Page<DocumentNumber>>()(meetingInputs.documentNumberList),
  /** Takes the next number of the series for a document not yet issued. */
  'documentNumbers.reserve': mutation<DocumentNumber>()(meetingInputs.documentNumberReserve),
  /** The document was withdrawn: its number stays taken, marked cancelled. */
  'documentNumbers.cancel': mutation<DocumentNumber>()(meetingInputs.documentNumberCancel),
  'documentNumbers.settings': query<NumberingSettings>()(z.object({ committeeId: id }).strict()),
  /** The current term's first day (Party format: numbers restart with each term). */
  'documentNumbers.setTermStart': mutation<NumberingSettings>()(meetingInputs.numberingSetTermStart),
  // --- end meetings (M1) ---

  // M2 (issue 8): minutes
  /** The minutes of a meeting: the draft (fields from the meeting until edited) or the finalized text, with its versions. */
  'minutes.get': query<Minutes>()(minutesInputs.get),
  /** Autosave of the draft: refused with MINUTES_STALE when another window saved since, MINUTES_FINALIZED once locked. */
  'minutes.save': mutation<MinutesSaved>()(minutesInputs.save),
  /** Locks the minutes; their text becomes version 1, the original. */
  'minutes.finalize': mutation<Minutes>()(minutesInputs.finalize),
  /** A change to finalized minutes: a new version with its reason; the original kept. */
  'minutes.amend': mutation<Minutes>()(minutesInputs.amend),
  'minutes.version': query<MinutesVersion>()(minutesInputs.version),
  /** Two versions of the same minutes, side by side. */
  'minutes.compare': query<MinutesComparison>()(minutesInputs.compare),
  // --- meeting documents (M4b): the invitation (giấy mời) and the minutes (biên bản) for print and as Word ---
  /** The invitation's text: the meeting, agenda, invitees, number; dated the day it was issued, else today. */
  'invitations.document': query<InvitationDocumentData>()(z.object({ meetingId: id }).strict()),
  'invitations.exportDocx': query<ExportedFile>()(z.object({ meetingId: id }).strict()),
  /** The minutes' text (Mẫu 1.9): the meeting, its attendance, the minutes' fields and body (the latest version once finalized). */
  /** Of finalized minutes: the text frozen in `version` (default the latest), never today's tables. */
  'minutes.document': query<MinutesDocumentData>()(minutesInputs.document),
  'minutes.exportDocx': query<ExportedFile>()(minutesInputs.document),
  // --- end meeting documents (M4b) ---

  // --- C2 (issue 9): actions, the chase, reports. Statuses are derived as of `asOf` (default today). ---
  /** Actions filtered in SQL (status derived as of asOf), newest deadline last, paged by offset with a total. */
  'actions.list': query<ActionPage>()(actionInputs.actionList),
  'actions.get': query<ActionDetail>()(actionInputs.actionGet),
  /** A standalone action (committeeId) or one from a directive (conclusionItemId; one item may give several). */
  'actions.create': mutation<ActionDetail>()(actionInputs.actionCreate),
  /** Every directive of the conclusion into actions, one owner each, in one transaction (VALIDATION if an item is missing). */
  'actions.createFromConclusion': mutation<ActionsCreated>()(actionInputs.actionsFromConclusion),
  'actions.update': mutation<ActionDetail>()(actionInputs.actionUpdate),
  'actions.addProgress': mutation<ActionDetail>()(actionInputs.progressAdd),
  /** The completion date and its evidence (text, optional attachment). */
  'actions.complete': mutation<ActionDetail>()(actionInputs.actionComplete),
  'actions.reopen': mutation<ActionDetail>()(actionInputs.actionReopen),
  'actions.hold': mutation<ActionDetail>()(actionInputs.actionHold),
  'actions.resume': mutation<ActionDetail>()(z.object({ id }).strict()),
  /** Refused with HAS_DEPENDENTS once progress is recorded. */
  'actions.delete': mutation<null>()(z.object({ id }).strict()),
  /** Unit names already used as owners, for the owner picker. */
  'actions.unitNames': query<string[]>()(actionInputs.unitNames),
  /** The dashboard's chase: overdue, due soon, done this month, open by owner; each figure with the list filter behind it. */
  'actions.chase': query<ActionChase>()(actionInputs.chase),
  /** Counts by status per owner and per conclusion as of a day. */
  'reports.actions': query<ActionReport>()(actionInputs.report),
  /** The same report as .xlsx (streamed by the core), as bytes the host saves. */
  'reports.exportXlsx': query<ExportedFile>()(actionInputs.report),
  /** "Tasks of one member": the print view's text and the Word file. */
  'actions.memberTasksDocument': query<MemberTasksDocumentData>()(actionInputs.memberTasks),
  'actions.memberTasksDocx': query<ExportedFile>()(actionInputs.memberTasks),
  /** The reminder letter (công văn đôn đốc): one owner's overdue tasks. */
  'actions.reminderDocument': query<ReminderDocumentData>()(actionInputs.reminder),
  'actions.reminderDocx': query<ExportedFile>()(actionInputs.reminder),
  /** Adds "Kiểm điểm việc thực hiện kết luận" to the meeting's agenda with its committee's open actions. */
  'actions.carryForward': mutation<AgendaItem[]>()(actionInputs.carryForward),
  // --- end C2 ---
  // --- conclusions (C1, issue 9): the numbered notice (thông báo kết luận) ---
  /** Notices newest first (by date), filtered by committee, year of the date and status. */
  'conclusions.list': query<Page<ConclusionSummary>>()(conclusionsInputs.list),
  'conclusions.get': query<ConclusionDetail>()(conclusionsInputs.get),
  /** The conclusion part of a meeting's minutes, offered as a new notice's text. */
  'conclusions.startingText': query<ConclusionStartingText>()(conclusionsInputs.startingText),
  /** Who may sign: the committee's roster on that day, each with the signing form their role suggests. */
  'conclusions.signers': query<ConclusionSignerOptions>()(conclusionsInputs.signers),
  /** A new draft (from a meeting or standalone). */
  'conclusions.create': mutation<ConclusionDetail>()(conclusionsInputs.create),
  /** Only while a draft (VALIDATION on status: not_draft); a directive that actions come from cannot be removed (HAS_DEPENDENTS). */
  'conclusions.update': mutation<ConclusionDetail>()(conclusionsInputs.update),
  /** Numbers (next TB number of the committee's series, or a reserved one) and dates the notice: draft → issued. */
  'conclusions.issue': mutation<ConclusionDetail>()(conclusionsInputs.issue),
  /** issued → cancelled with a reason; the number stays taken and printed. */
  'conclusions.cancel': mutation<ConclusionDetail>()(conclusionsInputs.cancel),
  /** Only a draft; an issued notice is cancelled instead. */
  'conclusions.delete': mutation<null>()(conclusionsInputs.delete),
  /** The notice as a document (print view): the committee as named on its date, the notice. */
  'conclusions.document': query<ConclusionDocumentData>()(conclusionsInputs.document),
  'conclusions.exportDocx': query<ExportedFile>()(conclusionsInputs.document),
  // --- end conclusions (C1) ---

  'settings.get': query<ByKey<SettingValues>>()(z.object({ key: settingKey }).strict()),
  'settings.set': mutation<null>()(
    z
      .object({ key: settingKey, value: z.unknown() })
      .strict()
      .superRefine((v, ctx) => {
        const parsed = settingSchemas[v.key].safeParse(v.value);
        if (!parsed.success) ctx.addIssue({ code: 'custom', path: ['value'], message: parsed.error.issues[0]?.message ?? 'invalid' });
      }),
  ),
} as const;

/**
 * Commands that carry a file as base64 in their body, until uploads stream on a route of their
 * own: browser mode reads up to MAX_UPLOAD_BODY_BYTES for these, 1 MiB for every other command.
 */
export const UPLOAD_COMMANDS: ReadonlySet<string> = new Set(['roster.import.preview', 'roster.import.apply'] satisfies Array<keyof typeof commands>);
/** A 5 MiB spreadsheet as base64 is 6.7 MiB (attachments stream on UPLOAD_ROUTE instead). */
export const MAX_UPLOAD_BODY_BYTES = 16 * 1024 * 1024;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export const commandNames = Object.keys(commands) as CommandName[];

/** What a caller sends. */
export type CommandInput<N extends CommandName> = z.input<Commands[N]['input']>;
/** What a handler receives, after validation. */
export type ParsedInput<N extends CommandName> = z.output<Commands[N]['input']>;
/** What a command answers; for a keyed command (settings.get) the type of the key asked. */
export type CommandResult<N extends CommandName, I = ParsedInput<N>> =
  Commands[N]['result']['type'] extends ByKey<infer M>
    ? I extends { key: infer K extends keyof M }
      ? M[K]
      : M[keyof M]
    : Commands[N]['result']['type'];

export const errorCodes = [
  'VALIDATION',
  'UNKNOWN_COMMAND',
  'UNAUTHORIZED',
  // The core's own refusals (VALIDATION is listed above), except a missing driver, which
  // reaches the boundary as INTERNAL.
  ...ARCHIVE_ERROR_CODES.filter(
    (c): c is Exclude<ArchiveErrorCode, 'DRIVER_MISSING' | 'VALIDATION'> => c !== 'DRIVER_MISSING' && c !== 'VALIDATION',
  ),
  'INTERNAL',
  /** The renderer could not reach the host (browser mode: the server stopped). */
  'UNAVAILABLE',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface CommandError {
  code: ErrorCode;
  /** English, for logs and the command line; the UI shows its own text for the code. */
  message: string;
  /** For VALIDATION: which field failed and why. */
  issues?: Array<{ path: string; message: string }>;
  /** What the UI needs to word a refusal precisely (the person, the dates…). */
  detail?: RefusalDetail;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: CommandError };

/** What a host holds to reach the core: a command by name and its unchecked input, a Result back. */
export type Dispatch = (name: string, input: unknown) => Promise<Result<unknown>>;

/** The one function every host provides: run a command, get a typed result, never a throw. */
export type Invoke = <N extends CommandName, I extends CommandInput<N>>(
  name: N,
  input: I,
) => Promise<Result<CommandResult<N, I>>>;

/** The browser-mode HTTP route and header for a command. */
export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-minutebook-token';
/** The Electron IPC channel for a command. */
export const ipcChannel = (name: CommandName) => `minutebook:${name}`;

/**
 * The Electron shell's print (not a command: browser mode prints with the browser). The
 * renderer asks through window.minutebook.print and always gets one of these back.
 */
export interface PrintRequest {
  /** A print route of the renderer, e.g. "/print/roster/1". */
  route: string;
  /** 'pdf' saves with printToPDF through a save dialog; 'printer' opens the print dialog. */
  mode: 'pdf' | 'printer';
}
export type PrintResult =
  /** Printed, or saved to `saved` (the file the clerk chose; null when sent to a printer). */
  | { status: 'ok'; saved: string | null }
  | { status: 'cancelled' }
  /** English, from the shell; the UI shows its own text with it. */
  | { status: 'failed'; reason: string }
  | { status: 'refused'; reason: 'untrusted' | 'invalid' };
