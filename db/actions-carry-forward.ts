import { sql } from 'kysely';
import { dueSoonDaysOf } from './actions-settings.js';
import { filterActions, summaryQuery, toSummary } from './actions.js';
import { listAgenda } from './agenda.js';
import { audit } from './audit.js';
import { nowIso } from './clock.js';
import type { Db } from './connection.js';
import { editableMeeting, invalid, touchMeeting } from './meetings-store.js';
import { AGENDA_MAX_ITEMS, type AgendaItem, CARRY_FORWARD_TITLE, OPEN_STATUSES, taskLine } from './model/index.js';

// Carry forward: the committee's open actions become an agenda item of its next meeting,
// "Kiểm điểm việc thực hiện kết luận", their list in the item's notes. One transaction.

/** The item's notes stay within what agenda.update accepts (4,000 characters): the actions that do not fit are counted. */
export const CARRY_FORWARD_NOTES_MAX = 4000;

function notesOf(lines: string[]): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const rest = `… và ${lines.length - i} nhiệm vụ khác.`;
    if (length + line.length + 1 + (i < lines.length - 1 ? rest.length + 1 : 0) > CARRY_FORWARD_NOTES_MAX) {
      kept.push(rest);
      break;
    }
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join('\n');
}

export async function carryForward(db: Db, meetingId: number, asOf: string, actor: string): Promise<AgendaItem[]> {
  const dueSoonDays = await dueSoonDaysOf(db);
  await db.transaction().execute(async (trx) => {
    const meeting = await editableMeeting(trx, meetingId);
    const filter = { committeeId: meeting.committee_id, statuses: [...OPEN_STATUSES] };
    const rows = await filterActions(summaryQuery(trx), filter, asOf, dueSoonDays).orderBy(sql`actions.deadline is null`).orderBy('actions.deadline').orderBy('actions.id').execute();
    if (rows.length === 0) throw invalid('meetingId', 'no_open_actions', `committee ${meeting.committee_id} has no open actions on ${asOf}`);
    const tasks = rows.map((r) => toSummary(r, asOf, dueSoonDays));
    const notes = notesOf(tasks.map((t, i) => taskLine(t, i)));
    const count = await trx.selectFrom('agenda_items').select((s) => s.fn.countAll<number>().as('n')).where('meeting_id', '=', meetingId).executeTakeFirstOrThrow();
    if (Number(count.n) >= AGENDA_MAX_ITEMS) throw invalid('meetingId', 'agenda_full', `an agenda holds at most ${AGENDA_MAX_ITEMS} items`);
    const { id } = await trx
      .insertInto('agenda_items')
      .values({ meeting_id: meetingId, position: Number(count.n) + 1, title: CARRY_FORWARD_TITLE, notes })
      .returning('id')
      .executeTakeFirstOrThrow();
    await touchMeeting(trx, meetingId, nowIso());
    await audit(trx, { actor, action: 'create', entity: 'agenda_item', entityId: id, detail: { meetingId, title: CARRY_FORWARD_TITLE, carryForward: { asOf, actionIds: tasks.map((t) => t.id) } } });
  });
  return listAgenda(db, meetingId);
}
