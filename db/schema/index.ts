import type { ActionDoneCountsTable, ActionOwnersTable, ActionsTable, ProgressUpdatesTable } from './actions.js';
import type { AgendaItemAttachmentsTable, AttachmentChunksTable, AttachmentsTable, MeetingAttachmentsTable } from './attachments.js';
import type { AuditLogTable } from './audit-log.js';
import type { CommitteeRolesTable, CommitteesTable } from './committees.js';
import type { ConclusionItemsTable, ConclusionsTable } from './conclusions.js';
import type { DecisionPreviousScansTable, DecisionsTable } from './decisions.js';
import type { AgendaItemsTable, AttendanceTable, MeetingGuestsTable, MeetingsTable } from './meetings.js';
import type { DocumentNumbersTable } from './document-numbers.js';
import type { MembershipsTable } from './memberships.js';
import type { MinutesTable, MinutesVersionsTable } from './minutes.js';
import type { PeopleTable, PeopleWordsTable } from './people.js';
import type { PersonNamesTable } from './person-names.js';
// F1 (0011)
import type { CommitteeNamesTable } from './committee-names.js';
import type { SettingsTable } from './settings.js';

export interface Database {
  committees: CommitteesTable;
  committee_roles: CommitteeRolesTable;
  people: PeopleTable;
  people_words: PeopleWordsTable;
  person_names: PersonNamesTable;
  // F1 (0011)
  committee_names: CommitteeNamesTable;
  decisions: DecisionsTable;
  memberships: MembershipsTable;
  meetings: MeetingsTable;
  agenda_items: AgendaItemsTable;
  attendance: AttendanceTable;
  meeting_guests: MeetingGuestsTable;
  document_numbers: DocumentNumbersTable;
  minutes: MinutesTable;
  minutes_versions: MinutesVersionsTable;
  conclusions: ConclusionsTable;
  conclusion_items: ConclusionItemsTable;
  actions: ActionsTable;
  action_owners: ActionOwnersTable;
  action_done_counts: ActionDoneCountsTable;
  progress_updates: ProgressUpdatesTable;
  attachments: AttachmentsTable;
  // 0009 (attachments streamed, helper M3)
  attachment_chunks: AttachmentChunksTable;
  meeting_attachments: MeetingAttachmentsTable;
  agenda_item_attachments: AgendaItemAttachmentsTable;
  // FB (0016): a decision's replaced scans
  decision_previous_scans: DecisionPreviousScansTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
}

export type * from './actions.js';
export type * from './committees.js';
export type * from './conclusions.js';
export type * from './decisions.js';
export type * from './document-numbers.js';
export type * from './meetings.js';
export type * from './memberships.js';
export type * from './minutes.js';
