import { getMinutes } from './minutes.js';
import { getMinutesVersion } from './minutes-versions.js';
import { type CompiledQuery, Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRoles } from './committee-roles.js';
import { getCommittee, listCommittees } from './committees.js';
import { getDecision, getDecisionScan, listDecisions } from './decisions.js';
import { attachmentDependents, getAttachment, listAttachments, readChunk } from './attachments.js';
import { auditHistory, committeeHistory, personHistory } from './history.js';
import { getMembership, overlapWarnings } from './memberships.js';
import { findDuplicates } from './people.js';
import { previewReconstitution } from './reconstitution.js';
import { openArchive } from './connection.js';
import { dashboardCounts } from './dashboard.js';
import { decisionsInForce } from './documents/roster-source.js';
// F1 (0011): committee names as of a date
import { namingAsOf } from './committee-names.js';
import { listMeetings } from './meetings.js';
// meeting documents (M4b)
import { getInvitationDocument, getMinutesDocument } from './documents/meeting-source.js';
// M1 (meetings)
import { getMeetingDetail } from './meetings.js';
import { attendanceSheet, setAttendance } from './attendance.js';
import { listDocumentNumbers, numberingSettings, reserveDocumentNumber } from './document-numbers.js';
import { listInvitees } from './meetings-invitation.js';
import { deleteMeeting } from './meetings-write.js';
import { moveAgendaItem } from './agenda.js';
// P1 (issue 8 review)
import { listOrphanAttachments } from './attachments-orphans.js';
import { committeeFirstDay } from './meetings-invitation.js';
// F4 (attacker review)
import { removeAgendaItem } from './agenda.js';
import { checkAttachmentTarget } from './attachments.js';
import { cancelDocumentNumber } from './document-numbers.js';
import { listPeople } from './people-list.js';
// C2 (issue 9): actions, the chase, reports
import { getAction, listActions, unitNames } from './actions.js';
import { actionChase, chaseFilters } from './actions-chase.js';
import { actionReport, reportActions } from './reports-actions.js';
import { getMemberTasksDocument, getReminderDocument } from './documents/actions-source.js';
import { OPEN_STATUSES } from './model/index.js';
import { getPerson } from './people.js';
import { getRoster } from './roster.js';
import { checkAgainstArchive } from './roster-import/check-archive.js';
import type { RosterImportRow } from './model/index.js';
// C1 (issue 9): conclusion notices
import { getConclusion, listConclusions } from './conclusions.js';
import { cancelConclusion, issueConclusion } from './conclusions-issue.js';
import { conclusionSigners, conclusionStartingText } from './conclusions-start.js';
import { updateConclusion } from './conclusions-write.js';
import { getConclusionDocument } from './documents/conclusion-source.js';
import type { Database } from './schema/index.js';
import type { SqliteDatabase } from './sqlite-driver.js';
import { openRaw, removeTempDirs, tempArchivePath } from './test-support.js';
import { fold } from './text/fold.js';
import { searchWords, vietnameseSortKey } from './text/sort-key.js';

// Every list, count and lookup query runs on a generated archive (20k people, 3k meetings,
// 30k actions) and its EXPLAIN QUERY PLAN may not read a growing table whole. The SQL is
// what the db functions really send: captured through Kysely's log while calling them.
//
// A new query joins with one line in QUERIES. A scan or a sort of the whole match set is
// refused unless the line names the table and says why it is bounded.

type Db = Kysely<Database>;

interface QueryCase {
  name: string;
  run: (db: Db) => Promise<unknown>;
  /** Growing tables this case may SCAN, each with the reason it is bounded all the same. */
  scans?: Record<string, string>;
  /** Why this case may sort its matches in a temporary b-tree (they are few). */
  sorts?: string;
}

const WHOLE_COUNT = 'a count of the whole table: one pass over its smallest index, no rows read';
const FIRST_PAGE = 'walks the index in list order and stops at the LIMIT';
const FEW_MATCHES = 'sorts only the people who have the rarest query word: at most DRIVE_LIMIT (people-list.ts)';
const COMMON_WORDS = 'each word matches more than DRIVE_LIMIT people: walks people_sort and stops after a page of matches';

// M1 (meetings)
const MEETING_ROSTER = "one committee's members on the meeting day (memberships_committee), as roster.get";
/** Meeting 1235 (a draft, see generateMeetingParts): its first agenda item (id 5 * 1234 + 1) and first guest (2 * 1234 + 1). */
const AGENDA_OF_1235 = 5 * 1234 + 1;
const GUEST_OF_1235 = 2 * 1234 + 1;
/** A write's audit entry reads the previous one (audit.ts). */
const LAST_AUDIT = { audit_log: 'the previous entry of the chain: walks the rowid backwards and stops at LIMIT 1' };

// C2 (issue 9)
const OPEN_AS_OF = 'the actions still open on a day (actions_open: never completed, or completed after it): few';
const ONE_COMMITTEE = "one committee's actions (actions_committee_open)";

// FA (issue 8 cold review): 0015 refuses any insert colliding with finalized minutes (even ON
// CONFLICT DO NOTHING, as SQLite fires BEFORE INSERT first), so the fixture inserts them once.
async function finalizedMinutesOf1234(db: Db): Promise<void> {
  if (await db.selectFrom('minutes').select('id').where('meeting_id', '=', 1234).executeTakeFirst()) return;
  await db.insertInto('minutes').values({ meeting_id: 1234, status: 'finalized', fields_json: '{}', body_json: '{}', finalized_at: '2015-06-01', created_at: '2015-06-01', updated_at: '2015-06-01' }).execute();
}

const QUERIES: QueryCase[] = [
  { name: 'people.list, first page', run: (db) => listPeople(db, {}), scans: { people: FIRST_PAGE } },
  { name: 'people.list, next page', run: (db) => listPeople(db, { cursor: JSON.stringify([vietnameseSortKey('Lê Văn Minh'), 5000]) }) },
  { name: 'people.list, newest', run: (db) => listPeople(db, { sort: 'newest' }), scans: { people: FIRST_PAGE } },
  // Searches: a word that fewer than DRIVE_LIMIT people have drives the query, the rest are checked.
  { name: 'people.list, search one word', run: (db) => listPeople(db, { query: 'nguyen' }), sorts: FEW_MATCHES },
  { name: 'people.list, search two words', run: (db) => listPeople(db, { query: 'nguyen van' }), sorts: FEW_MATCHES },
  { name: 'people.list, search a rare word', run: (db) => listPeople(db, { query: 'yen' }), sorts: FEW_MATCHES },
  // Every word common (all 20,000 are "Trưởng phòng"): walk in name order instead.
  { name: 'people.list, search common words', run: (db) => listPeople(db, { query: 'truong phong' }), scans: { people: COMMON_WORDS } },
  { name: 'people.get', run: (db) => getPerson(db, 1234), sorts: "one person's memberships (memberships_person)" },
  { name: 'committees.list', run: (db) => listCommittees(db, {}, '2020-01-01'), sorts: 'committees are few' },
  { name: 'committees.list by level', run: (db) => listCommittees(db, { level: 'huyen' }, '2020-01-01'), sorts: 'committees are few' },
  { name: 'committees.get', run: (db) => getCommittee(db, 7, '2020-01-01') },
  {
    name: 'roster.get',
    run: (db) => getRoster(db, 7, '2020-01-01'),
    sorts: "one committee's members on a day (memberships_committee), at most ROSTER_MAX_MEMBERS",
  },
  {
    name: 'roster.import: the rows against the archive',
    run: (db) => checkAgainstArchive(db, 7, importRows(['Nguyễn Văn An', 'Trần Thị Bình']), { fullName: null, decision: null }),
  },
  {
    name: 'roster.document: the decision in force',
    run: (db) => decisionsInForce(db, 7, '2015-06-01'),
    sorts: "one committee's decisions (decisions_committee): a few per term",
  },
  // F1 (0011): the committee's name of a past day.
  { name: 'committees.get: the name as of a day', run: (db) => namingAsOf(db, 7, '2015-06-01') },
  { name: 'committees.list, top of the tree', run: (db) => listCommittees(db, { parentCommitteeId: null }, '2020-01-01'), sorts: 'committees are few' },
  { name: 'committees.list, children', run: (db) => listCommittees(db, { parentCommitteeId: 1 }, '2020-01-01'), sorts: 'committees are few' },
  // R-B (issue 7): the committee pickers' search.
  { name: 'committees.list, search by name', run: (db) => listCommittees(db, { query: 'huyen' }, '2020-01-01'), sorts: 'committees are few' },
  { name: 'committees.roles', run: (db) => listRoles(db, 7), sorts: "one committee's roles (at most MAX_COMMITTEE_ROLES)" },
  {
    name: 'committees.history, first page',
    run: (db) => committeeHistory(db, 7),
    sorts: 'the memberships of one page of decisions (memberships_decision, memberships_end_decision)',
  },
  {
    name: 'committees.history, next page',
    run: (db) => committeeHistory(db, 7, { cursor: JSON.stringify(['2015-01-01', 150]) }),
    sorts: 'the memberships of one page of decisions (memberships_decision, memberships_end_decision)',
  },
  { name: 'decisions.list, first page', run: (db) => listDecisions(db, { committeeId: 7 }) },
  { name: 'decisions.list, next page', run: (db) => listDecisions(db, { committeeId: 7, cursor: JSON.stringify(['2015-01-01', 150]) }) },
  { name: 'decisions.get', run: (db) => getDecision(db, 17) },
  { name: 'decisions.getScan', run: (db) => getDecisionScan(db, 1).catch(() => null) },
  // Attachments (helper M3)
  { name: 'attachments.get', run: (db) => getAttachment(db, 1).catch(() => null) },
  { name: "attachments.list, a meeting's", run: (db) => listAttachments(db, { meetingId: 7 }), sorts: "one meeting's links (their key): few" },
  { name: "attachments.list, an agenda item's", run: (db) => listAttachments(db, { agendaItemId: 7 }), sorts: "one item's links (their key): few" },
  { name: 'attachments: one chunk (download)', run: (db) => readChunk(db, 1, 0) },
  { name: 'attachments.delete: the records that link it', run: (db) => attachmentDependents(db, 1) },
  { name: 'memberships.get', run: (db) => getMembership(db, 1234) },
  {
    name: 'people.findDuplicates',
    run: (db) => findDuplicates(db, { fullName: 'Nguyễn Văn An', organisation: 'Sở Nội vụ số 1' }),
    sorts: 'the people with one folded name (people_duplicates): few',
  },
  {
    name: 'people.findDuplicates, no organisation',
    run: (db) => findDuplicates(db, { fullName: 'Nguyễn Văn An' }),
    sorts: 'the people with one folded name (people_duplicates): few',
  },
  { name: 'people.history, first page', run: (db) => personHistory(db, 4001) },
  { name: 'people.history, next page', run: (db) => personHistory(db, 4001, { cursor: JSON.stringify(['2015-01-01', 3000]) }) },
  { name: 'audit.history, first page', run: (db) => auditHistory(db, 'person', 1234) },
  { name: 'audit.history, next page', run: (db) => auditHistory(db, 'person', 1234, { cursor: JSON.stringify([15000]) }) },
  {
    name: 'roster.reconstitution.preview',
    run: (db) =>
      previewReconstitution(db, {
        committeeId: 7,
        decision: { number: '1-QĐ/TU', signedOn: '2020-01-01' },
        add: [{ personId: 5, role: 'uy_vien' }],
      }),
    sorts: "one committee's members on a day and its roles, as roster.get",
    // R-C: the roster after the decision is ordered by SQL over the members it lists.
    scans: { after_members: 'the roster after the decision, given as VALUES: at most ROSTER_MAX_MEMBERS + the 500 the contract allows' },
  },
  // R-C (issue 7 fixes): the overlap check of memberships.create.
  {
    name: 'memberships.create: overlapWarnings, open-ended',
    run: (db) => overlapWarnings(db, { personId: 4001, committeeId: 1, fromDate: '2015-01-01', toDate: null }),
  },
  {
    name: 'memberships.create: overlapWarnings, bounded, excluding the new one',
    run: (db) => overlapWarnings(db, { personId: 4001, committeeId: 1, fromDate: '2015-01-01', toDate: '2020-01-01' }, [1234]),
  },
  { name: 'meetings.list, first page', run: (db) => listMeetings(db, {}), scans: { meetings: FIRST_PAGE } },
  { name: 'meetings.list, next page', run: (db) => listMeetings(db, { cursor: JSON.stringify(['2015-06-01T08:00', 1000]) }) },
  { name: 'meetings.list, oldest first', run: (db) => listMeetings(db, { sort: 'oldest' }), scans: { meetings: FIRST_PAGE } },
  { name: 'meetings.list by committee', run: (db) => listMeetings(db, { committeeId: 7 }) },
  { name: 'meetings.list by year', run: (db) => listMeetings(db, { year: 2015 }) },
  { name: 'meetings.list by kind', run: (db) => listMeetings(db, { kind: 'chuyen_de' }) },
  { name: 'meetings.list by status', run: (db) => listMeetings(db, { status: 'draft' }) },
  // M2 (issue 8): minutes
  { name: 'minutes.get', run: (db) => getMinutes(db, 1234, 'Asia/Ho_Chi_Minh'), sorts: "the default attendance line counts the meeting day's roster of one committee (at most 500), as roster.get" },
  { name: 'minutes.version', run: (db) => getMinutesVersion(db, 1).catch(() => null) },
  { name: 'dashboard: 5 recent meetings', run: (db) => listMeetings(db, { limit: 5 }), scans: { meetings: FIRST_PAGE } },
  // --- meeting documents (M4b) ---
  { name: 'invitations.document', run: (db) => getInvitationDocument(db, 1234, '2015-06-01'), sorts: "the meeting day's roster of one committee (at most 500), as roster.get" },
  {
    name: 'minutes.document (finalized: its latest version)',
    run: async (db) => {
      // Finalized minutes of the meeting, so that the lookup of their latest version runs too.
      await finalizedMinutesOf1234(db);
      return getMinutesDocument(db, 1234);
    },
    sorts: "the meeting day's roster of one committee (at most 500), as roster.get",
  },
  // --- end meeting documents (M4b) ---
  {
    name: 'dashboard.counts',
    run: (db) => dashboardCounts(db, '2025-06-30'),
    scans: {
      people: WHOLE_COUNT,
      meetings: WHOLE_COUNT,
      conclusions: WHOLE_COUNT,
      memberships: 'members in office today: one pass over memberships_term (covering), no rows read',
      action_done_counts: 'two rows (done on time, done late), kept by triggers (0005)',
    },
  },
  // --- M1 (meetings): meeting detail, agenda, attendance, invitees, document numbers ---
  { name: 'meetings.get', run: (db) => getMeetingDetail(db, 1234), sorts: MEETING_ROSTER },
  { name: 'meetings.invitees', run: (db) => listInvitees(db, 1234), sorts: MEETING_ROSTER },
  { name: 'attendance.get', run: (db) => attendanceSheet(db, 1234), sorts: MEETING_ROSTER },
  {
    name: 'attendance.set',
    run: (db) => setAttendance(db, 1235, [{ guestId: GUEST_OF_1235, status: 'absent', reason: 'Ốm' }], 'clerk'),
    sorts: MEETING_ROSTER,
    scans: LAST_AUDIT,
  },
  { name: 'agenda.move', run: (db) => moveAgendaItem(db, AGENDA_OF_1235, 3, 'clerk'), scans: LAST_AUDIT },
  { name: 'meetings.delete: its dependents', run: (db) => deleteMeeting(db, 1236, 'clerk').catch(() => null) },
  { name: 'documentNumbers.list, first page', run: (db) => listDocumentNumbers(db, { committeeId: 7 }) },
  { name: 'documentNumbers.list, next page', run: (db) => listDocumentNumbers(db, { committeeId: 7, cursor: JSON.stringify(['2015-01-01', 3000]) }) },
  { name: 'documentNumbers.list by type and period', run: (db) => listDocumentNumbers(db, { committeeId: 7, type: 'GM', period: '2015' }) },
  { name: 'documentNumbers.settings', run: (db) => numberingSettings(db, 7) },
  { name: 'documentNumbers.reserve: the next number', run: (db) => reserveDocumentNumber(db, { committeeId: 7, type: 'TB', issuedOn: '2015-03-01' }, 'clerk'), scans: LAST_AUDIT },
  // --- end M1 ---
  // --- F4 (attacker review) ---
  { name: 'documentNumbers.cancel: the meeting whose invitation holds it', run: (db) => cancelDocumentNumber(db, 17, 'Rút lại', 'clerk').catch(() => null), scans: LAST_AUDIT },
  { name: 'agenda.remove: the files linked to the item', run: (db) => removeAgendaItem(db, AGENDA_OF_1235 + 4, 'clerk').catch(() => null), scans: LAST_AUDIT },
  { name: 'upload: the target checked before the body', run: (db) => checkAttachmentTarget(db, { agendaItemId: AGENDA_OF_1235 }).catch(() => null) },
  // --- end F4 ---
  // --- P1 (issue 8 review): signed minutes, invitation date, orphan attachments, history ---
  {
    name: 'minutes.document (finalized: a version by number)',
    run: async (db) => {
      await finalizedMinutesOf1234(db);
      return getMinutesDocument(db, 1234, 1).catch(() => null);
    },
    sorts: "the meeting day's roster of one committee (at most 500), as roster.get",
  },
  { name: "invitations.issue: the committee's first decision and member", run: (db) => committeeFirstDay(db, 7) },
  {
    name: 'attachments.orphans, first page',
    run: (db) => listOrphanAttachments(db, {}),
    scans: { attachments: 'walks attachments by id, each checked by the referring tables\' attachment_id indexes, and stops at the LIMIT' },
  },
  {
    name: 'attachments.orphans, next page',
    run: (db) => listOrphanAttachments(db, { cursor: JSON.stringify([100]) }),
  },
  { name: "audit.history of a meeting", run: (db) => auditHistory(db, 'meeting', 1234) },
  // --- end P1 ---
  // --- C1 (issue 9): conclusion notices ---
  { name: 'conclusions.list, first page', run: (db) => listConclusions(db, {}), scans: { conclusions: FIRST_PAGE } },
  { name: 'conclusions.list, next page', run: (db) => listConclusions(db, { cursor: JSON.stringify(['2015-01-01', 1500]) }) },
  { name: 'conclusions.list by committee', run: (db) => listConclusions(db, { committeeId: 7 }) },
  { name: 'conclusions.list by year', run: (db) => listConclusions(db, { year: 2015 }) },
  { name: 'conclusions.list by status', run: (db) => listConclusions(db, { status: 'issued' }) },
  { name: 'conclusions.list by committee, year and status', run: (db) => listConclusions(db, { committeeId: 7, year: 2015, status: 'draft' }) },
  { name: 'conclusions.get', run: (db) => getConclusion(db, 1234) },
  { name: 'conclusions.document', run: (db) => getConclusionDocument(db, 1234) },
  { name: 'conclusions.signers', run: (db) => conclusionSigners(db, 7, '2015-06-01'), sorts: MEETING_ROSTER },
  { name: 'conclusions.startingText', run: (db) => conclusionStartingText(db, 1234) },
  {
    name: 'conclusions.update: the directives and the actions from them',
    run: (db) => updateConclusion(db, 1501, { items: [{ text: 'Một', subPoints: [] }] }, 'clerk').catch(() => null),
    scans: LAST_AUDIT,
  },
  {
    name: 'conclusions.issue and cancel: the signer on the roster, the next TB number',
    run: async (db) => {
      // Notice 1500 (committee 21, a draft) gets a signer on its committee's roster.
      await db.updateTable('conclusions').set({ signer_person_id: 77 }).where('id', '=', 1500).execute();
      await db.insertInto('memberships').values({ person_id: 77, committee_id: 21, role: 'uy_vien', from_date: '2005-01-01', created_at: '2005-01-01' }).execute();
      await issueConclusion(db, { id: 1500 }, 'clerk');
      return cancelConclusion(db, 1500, 'Rút lại', 'clerk');
    },
    scans: LAST_AUDIT,
  },
  // --- end C1 ---
  // --- C2 (issue 9): actions, the chase, reports ---
  { name: 'actions.list, overdue as of a day', run: (db) => listActions(db, { statuses: ['overdue'] }, '2025-06-30', 3), sorts: OPEN_AS_OF },
  { name: 'actions.list, every open status', run: (db) => listActions(db, { statuses: [...OPEN_STATUSES] }, '2025-06-30', 3), sorts: OPEN_AS_OF },
  { name: 'actions.list, done this month', run: (db) => listActions(db, chaseFilters('2025-06-30').done_this_month, '2025-06-30', 3), sorts: 'the actions completed in one month (actions_open range on completed_on)' },
  { name: 'actions.list, one committee', run: (db) => listActions(db, { committeeId: 7 }, '2025-06-30', 3), sorts: ONE_COMMITTEE },
  { name: 'actions.list, one committee overdue', run: (db) => listActions(db, { committeeId: 7, statuses: ['overdue'] }, '2025-06-30', 3), sorts: ONE_COMMITTEE },
  { name: 'actions.list, one lead owner (person)', run: (db) => listActions(db, { owner: { personId: 8 } }, '2025-06-30', 3), sorts: 'the actions of one owner (action_owners_person)' },
  { name: 'actions.list, one lead owner (unit)', run: (db) => listActions(db, { owner: { unitName: 'Sở 3' } }, '2025-06-30', 3), sorts: 'the actions of one unit (action_owners_unit)' },
  { name: 'actions.list, one conclusion', run: (db) => listActions(db, { conclusionId: 42 }, '2025-06-30', 3), sorts: "the actions of one conclusion's items (conclusion_items_conclusion, actions_item)" },
  { name: 'actions.list, deadline range', run: (db) => listActions(db, { deadlineFrom: '2010-01-01', deadlineTo: '2010-01-31' }, '2025-06-30', 3), sorts: 'the actions due in one month (actions_by_deadline)' },
  { name: 'actions.get', run: (db) => getAction(db, 1234, '2025-06-30', 3), sorts: "one action's owners and progress notes (action_owners_action, progress_updates_action): a few" },
  { name: 'actions.chase', run: (db) => actionChase(db, '2025-06-30', 3), sorts: `${OPEN_AS_OF}, grouped by their lead owner` },
  { name: 'actions.chase, one committee', run: (db) => actionChase(db, '2025-06-30', 3, 7), sorts: `${OPEN_AS_OF} of one committee, grouped by their lead owner` },
  // The report walks the actions a batch at a time in id order (rowid, or actions_committee in rowid order).
  { name: 'reports.actions, one committee', run: (db) => actionReport(db as never, '2025-06-30', 3, 7) },
  { name: 'reports.actions, every committee', run: (db) => actionReport(db as never, '2025-06-30', 3) },
  { name: 'reports: the list, a batch', run: async (db) => { for await (const _ of reportActions(db as never, '2025-06-30', 3, 7, 100)) break; } },
  { name: 'reports: the list, a batch, every committee', run: async (db) => { for await (const _ of reportActions(db as never, '2025-06-30', 3, undefined, 100)) break; }, scans: { actions: FIRST_PAGE } },
  { name: 'actions.memberTasksDocument', run: (db) => getMemberTasksDocument(db as never, 8, 7, '2025-06-30'), sorts: "one member's actions in one committee (action_owners_person), at most ACTION_DOCUMENT_MAX" },
  { name: 'actions.reminderDocument', run: (db) => getReminderDocument(db as never, { personId: 8 }, 7, '2025-06-30'), sorts: "one owner's overdue actions (action_owners_person)" },
  { name: 'actions.unitNames', run: (db) => unitNames(db, null), scans: { action_owners: 'walks action_owners_unit (covering) in name order, distinct names, stops at the LIMIT' } },
  // --- end C2 ---
];


/** Import rows for these names (roster.import checks them against the archive). */
const importRows = (names: string[]): RosterImportRow[] =>
  names.map((fullName, i) => ({
    row: i + 2, fullName, position: null, organisation: 'Sở Nội vụ số 1', role: 'uy_vien', duty: null,
    fromDate: '2021-03-01', toDate: null, decisionNumber: '42-QĐ/TU', decisionDate: null, personId: null,
  }));

/** Tables that stay small however old the archive is: they may be scanned. */
const BOUNDED_TABLES = new Set(['committees', 'committee_roles', 'settings']);

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trịnh'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quang'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Hải', 'Hoa', 'Lan', 'Minh', 'Tuấn', 'Hùng', 'Hương', 'Long', 'Mai', 'Nam', 'Phương', 'Quân', 'Thảo', 'Trang', 'Yến'];

/** Generates the archive with plain INSERT … SELECT from recursive CTEs. */
function generate(sqlite: SqliteDatabase): void {
  const seq = (n: number) => `with recursive n(i) as (select 1 union all select i + 1 from n where i < ${n})`;
  const day = (expr: string) => `date('2005-01-01', '+' || (${expr}) || ' days')`;
  const pick = (list: string[], expr: string) => `json_extract('${JSON.stringify(list)}', '$[' || ((${expr}) % ${list.length}) || ']')`;
  sqlite.exec(`
    ${seq(40)} insert into committees (name, level, created_at, updated_at)
      select 'Ban Chỉ đạo số ' || i, case i % 3 when 0 then 'tinh' when 1 then 'huyen' else 'xa' end, '2005-01-01', '2005-01-01' from n;
    ${seq(20000)} insert into people (full_name, position, organisation, created_at, updated_at)
      select ${pick(FAMILY, 'i')} || ' ' || ${pick(MIDDLE, 'i / 14')} || ' ' || ${pick(GIVEN, 'i / 112')} || case when i > 2240 then ' ' || (i / 2240) else '' end,
        'Trưởng phòng', 'Sở Nội vụ số ' || (i % 60), '2005-01-01', '2005-01-01' from n;
    ${seq(200)} insert into decisions (committee_id, kind, number, signed_on) select (i % 40) + 1, 'kien_toan', i || '-QĐ/TU', ${day('i * 36')} from n;
    ${seq(5000)} insert into memberships (person_id, committee_id, role, from_date, to_date, decision_id)
      select (i * 4) % 20000 + 1, (i % 40) + 1, case when i % 40 = 0 then 'truong_ban' else 'uy_vien' end, ${day('i % 7000')},
        case when i % 3 = 0 then null else ${day('(i % 7000) + 1800')} end, (i % 200) + 1 from n;
    ${seq(20000)} insert into audit_log (at, actor, action, entity, entity_id)
      select ${day('i / 4')} || 'T08:00:00.000Z', 'clerk', 'update', case i % 2 when 0 then 'person' else 'membership' end, i % 5000 from n;
    ${seq(3000)} insert into meetings (committee_id, kind, title, starts_at, chair_person_id, status, created_at, updated_at)
      select (i % 40) + 1, ${pick(['tong_ket', 'so_ket', 'dinh_ky', 'dot_xuat', 'chuyen_de'], 'i')}, 'Hội nghị ' || i,
        ${day('i * 2')} || 'T08:00', (i * 7) % 20000 + 1, ${pick(['draft', 'held', 'minutes_finalized'], 'i')}, '2005-01-01', '2005-01-01' from n;
    ${seq(3000)} insert into conclusions (committee_id, meeting_id, issued_on, title)
      select (i % 40) + 1, i, ${day('i * 2 + 3')}, 'Thông báo kết luận ' || i from n;
    ${seq(30000)} insert into conclusion_items (conclusion_id, position, text) select (i % 3000) + 1, i / 3000 + 1, 'Nội dung ' || i from n;
    ${seq(30000)} insert into actions (committee_id, conclusion_item_id, title, deadline, completed_on, on_hold)
      select (i % 40) + 1, i, 'Nhiệm vụ ' || i, case when i % 9 = 0 then null else ${day('i / 5 + 30')} end,
        case when i % 4 = 0 then null else ${day('i / 5 + (i % 60)')} end, case when i % 50 = 0 then 1 else 0 end from n;
  `);
  generateMeetingParts(sqlite, seq, day);
  // C2 (issue 9): a lead owner per action (a person, or one of 30 units), a co-owner for every third, progress for half.
  sqlite.exec(`
    insert into action_owners (action_id, person_id, unit_name, is_lead)
      select id, case when id % 3 = 0 then null else (id * 7) % 20000 + 1 end, case when id % 3 = 0 then 'Sở ' || (id % 30) else null end, 1 from actions;
    insert into action_owners (action_id, person_id, is_lead) select id, (id * 11) % 20000 + 1, 0 from actions where id % 3 = 1;
    insert into progress_updates (action_id, reported_on, text) select id, deadline, 'Tiến độ ' || id from actions where id % 2 = 0 and deadline is not null;
    update actions set assigned_on = date(deadline, '-30 days') where deadline is not null;
  `);
  // The derived name columns, as the app writes them (people-keys.ts), in one transaction.
  const setKeys = sqlite.prepare('update people set name_folded = ?, organisation_folded = ?, sort_key = ? where id = ?');
  const addWord = sqlite.prepare('insert into people_words (word, person_id) values (?, ?)');
  const people = sqlite.prepare('select id, full_name, position, organisation from people').all() as Array<{
    id: number;
    full_name: string;
    position: string;
    organisation: string;
  }>;
  sqlite.transaction(() => {
    for (const p of people) {
      setKeys.run(fold(p.full_name), fold(p.organisation), vietnameseSortKey(p.full_name), p.id);
      for (const word of searchWords(p.full_name, p.position, p.organisation)) addWord.run(word, p.id);
    }
  })();
}

/** M1 (meetings): 5 agenda items, 2 guests and 8 attendance rows per meeting; 6,000 document numbers. */
function generateMeetingParts(sqlite: SqliteDatabase, seq: (n: number) => string, day: (expr: string) => string): void {
  sqlite.exec(`
    update meetings set status = 'draft' where id in (1235, 1236);
    ${seq(15000)} insert into agenda_items (meeting_id, position, title, planned_minutes)
      select (i - 1) / 5 + 1, (i - 1) % 5 + 1, 'Nội dung ' || i, 30 from n;
    ${seq(6000)} insert into meeting_guests (meeting_id, sort_order, full_name) select (i - 1) / 2 + 1, (i - 1) % 2 + 1, 'Khách mời ' || i from n;
    ${seq(24000)} insert into attendance (meeting_id, person_id, status) select (i - 1) / 8 + 1, (i * 13) % 20000 + 1, 'present' from n;
    ${seq(6000)} insert into document_numbers (committee_id, type, period, number, issued_on)
      select (i % 40) + 1, case i % 2 when 0 then 'GM' else 'TB' end, strftime('%Y', ${day('i')}), i, ${day('i')} from n;
  `);
}

interface Violation {
  query: string;
  plan: string;
}

/** The plan lines of one captured query that read a growing table whole, or sort all its matches. */
function violations(sqlite: SqliteDatabase, query: CompiledQuery, allowed: Pick<QueryCase, 'scans' | 'sorts'> = {}): Violation[] {
  const scans = allowed.scans ?? {};
  const aliases = new Map<string, string>();
  for (const [, table, alias] of query.sql.matchAll(/"(\w+)" as "(\w+)"/g)) aliases.set(alias!, table!);
  const plan = sqlite.prepare(`explain query plan ${query.sql}`).all(...(query.parameters as unknown[])) as Array<{ detail: string }>;
  const found: Violation[] = [];
  for (const { detail } of plan) {
    const scan = /^SCAN (\w+)/.exec(detail);
    // A VALUES list the query itself carries ("SCAN 12 CONSTANT ROWS") is no table: its size is the input's.
    if (scan && !/^SCAN \d+ CONSTANT ROWS$/.test(detail)) {
      const table = aliases.get(scan[1]!) ?? scan[1]!;
      if (!BOUNDED_TABLES.has(table) && !(table in scans)) found.push({ query: query.sql, plan: detail });
    }
    if (/USE TEMP B-TREE/.test(detail) && allowed.sorts === undefined) found.push({ query: query.sql, plan: detail });
  }
  return found;
}

let file: string;
let raw: ReturnType<typeof openRaw>;
let captured: CompiledQuery[] = [];
let db: Db;

beforeAll(async () => {
  file = tempArchivePath();
  const archive = await openArchive(file, { integrityCheck: 'skip', create: true });
  await archive.close();
  raw = openRaw(file);
  generate(raw.sqlite);
  db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: raw.sqlite }),
    log: (event) => {
      if (event.level === 'query') captured.push(event.query);
    },
  });
}, 60_000);

afterAll(async () => {
  await raw.close();
  removeTempDirs();
});

async function capture(run: (db: Db) => Promise<unknown>): Promise<CompiledQuery[]> {
  captured = [];
  await run(db);
  return captured;
}

describe('query plans on a generated archive', () => {
  it.each(QUERIES.map((q) => [q.name, q] as const))('%s reads no growing table whole', async (_name, q) => {
    const queries = await capture(q.run);
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.flatMap((query) => violations(raw.sqlite, query, q))).toEqual([]);
  });

  it('the check bites: a filter on an unindexed column and a sort of every match are refused', async () => {
    const [scan] = await capture((d) => d.selectFrom('people').selectAll().where('notes', '=', 'x').execute());
    expect(violations(raw.sqlite, scan!)).toEqual([expect.objectContaining({ plan: expect.stringMatching(/^SCAN people/) })]);
    const [sort] = await capture((d) =>
      d.selectFrom('meetings').selectAll().where('committee_id', '=', 7).orderBy('title').limit(5).execute(),
    );
    expect(violations(raw.sqlite, sort!)).toEqual([expect.objectContaining({ plan: expect.stringMatching(/TEMP B-TREE/) })]);
  });

  it('every foreign key has an index that starts with it (a composite key: with all its columns, in order)', () => {
    const tables = raw.sqlite
      .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`)
      .pluck()
      .all() as string[];
    const missing: string[] = [];
    for (const table of tables) {
      const rows = raw.sqlite.prepare(`select id, "from" from pragma_foreign_key_list(?) order by id, seq`).all(table) as Array<{ id: number; from: string }>;
      const keys = new Map<number, string[]>();
      for (const row of rows) keys.set(row.id, [...(keys.get(row.id) ?? []), row.from]);
      const indexes = (raw.sqlite.prepare(`select name from pragma_index_list(?)`).pluck().all(table) as string[]).map((index) =>
        (raw.sqlite.prepare(`select name from pragma_index_info(?) order by seqno`).pluck().all(index) as string[]).join(','),
      );
      for (const columns of keys.values()) {
        const key = columns.join(',');
        if (!indexes.some((index) => index === key || index.startsWith(`${key},`))) missing.push(`${table}.${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
