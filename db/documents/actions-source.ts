import { sql } from 'kysely';
import { dueSoonDaysOf } from '../actions-settings.js';
import { filterActions, summaryQuery, toSummary } from '../actions.js';
import { assignedBy } from '../action-status-sql.js';
import { getCommittee } from '../committees.js';
import type { Db } from '../connection.js';
import { notFound } from '../errors.js';
import {
  ACTION_DOCUMENT_MAX,
  type ActionDocumentHeader,
  type ActionOwner,
  type MemberTasksDocumentData,
  type OwnerRef,
  REMINDER_SUBJECT,
  type ReminderDocumentData,
  committeeSigner,
  filingLine,
} from '../model/index.js';
import { getPerson } from '../people.js';
import { emptyCounts } from '../reports-actions.js';
import { getRoster } from '../roster.js';

// The text of the two action documents: "tasks of one member" and the reminder letter (công
// văn đôn đốc). Both are issued by a committee on `asOf`, signed by its head on that day's roster.

async function header(db: Db, committeeId: number, asOf: string): Promise<ActionDocumentHeader> {
  const committee = await getCommittee(db, committeeId, asOf);
  const roster = await getRoster(db, committeeId, asOf);
  const head = roster.members.find((m) => m.role === 'truong_ban') ?? roster.members.find((m) => m.roleName.toLocaleLowerCase('vi').startsWith('phó trưởng ban'));
  return { committee, issuedOn: asOf, signer: committeeSigner(committee, head?.roleName ?? null, head?.fullName ?? null) };
}

/** Every action of the committee where the person is lead or co-owner, as of the day. */
export async function getMemberTasksDocument(db: Db, personId: number, committeeId: number, asOf: string): Promise<MemberTasksDocumentData> {
  const head = await header(db, committeeId, asOf);
  const p = await getPerson(db, personId);
  const dueSoonDays = await dueSoonDaysOf(db);
  const rows = await summaryQuery(db)
    .where(assignedBy(asOf))
    .where('actions.committee_id', '=', committeeId)
    .where('actions.id', 'in', (eb) => eb.selectFrom('action_owners').select('action_owners.action_id').where('action_owners.person_id', '=', personId))
    .orderBy(sql`actions.deadline is null`).orderBy('actions.deadline')
    .orderBy('actions.id')
    .limit(ACTION_DOCUMENT_MAX + 1)
    .execute();
  const tasks = rows.slice(0, ACTION_DOCUMENT_MAX).map((r) => toSummary(r, asOf, dueSoonDays));
  const counts = emptyCounts();
  for (const t of tasks) {
    if (t.status) {
      counts[t.status] += 1;
      counts.total += 1;
    }
  }
  const { memberships: _memberships, ...person } = p;
  return { ...head, person, asOf, dueSoonDays, tasks, counts, truncated: rows.length > ACTION_DOCUMENT_MAX };
}

async function ownerOf(db: Db, ref: OwnerRef): Promise<ActionOwner> {
  if ('personId' in ref) {
    const p = await db.selectFrom('people').select('full_name').where('id', '=', ref.personId).executeTakeFirst();
    if (!p) throw notFound('person', ref.personId);
    return { personId: ref.personId, unitName: null, name: p.full_name, lead: true };
  }
  return { personId: null, unitName: ref.unitName, name: ref.unitName, lead: true };
}

/** One owner's overdue tasks (as lead) in the committee, as of the day. */
export async function getReminderDocument(db: Db, ref: OwnerRef, committeeId: number, asOf: string): Promise<ReminderDocumentData> {
  const head = await header(db, committeeId, asOf);
  const owner = await ownerOf(db, ref);
  const dueSoonDays = await dueSoonDaysOf(db);
  const rows = await filterActions(summaryQuery(db), { committeeId, owner: ref, statuses: ['overdue'] }, asOf, dueSoonDays)
    .orderBy(sql`actions.deadline is null`).orderBy('actions.deadline')
    .orderBy('actions.id')
    .limit(ACTION_DOCUMENT_MAX + 1)
    .execute();
  return {
    ...head,
    owner,
    asOf,
    subject: REMINDER_SUBJECT,
    tasks: rows.slice(0, ACTION_DOCUMENT_MAX).map((r) => toSummary(r, asOf, dueSoonDays)),
    truncated: rows.length > ACTION_DOCUMENT_MAX,
    recipients: [`- Như trên;`, filingLine(head.committee)],
  };
}
