import type { Transaction } from 'kysely';
import { invitationSnapshot } from '../meetings-invitation.js';
import type { Database } from '../schema/index.js';
import * as seed from './thanh-hoa-2021.js';

// The demo's meeting (13/01/2021): the meeting, its agenda, guests, the attendance of the
// day's roster, and its invitation numbered from the committee's GM series.

export async function loadDemoMeeting(
  trx: Transaction<Database>,
  committeeId: number,
  pid: (key: string) => number,
  stamps: { created_at: string; updated_at: string },
): Promise<number> {
  const { agenda, chair, secretary, guests, attendance, term_started_on, symbol, invited_on, ...fields } = seed.meeting;
  await trx
    .updateTable('committees')
    .set((eb) => ({ term_started_on, symbol: eb.fn.coalesce('symbol', eb.val(symbol)) }))
    .where('id', '=', committeeId)
    .execute();
  const { id: meetingId } = await trx
    .insertInto('meetings')
    .values({
      ...fields,
      committee_id: committeeId,
      chair_person_id: pid(chair),
      secretary_person_id: pid(secretary),
      cancel_reason: null,
      invitation_number_id: null,
      invited_on: null,
      ...stamps,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [i, item] of agenda.entries()) {
    await trx
      .insertInto('agenda_items')
      .values({
        meeting_id: meetingId,
        position: i + 1,
        title: item.title,
        presenter_person_id: item.presenter ? pid(item.presenter) : null,
        planned_minutes: item.minutes,
      })
      .execute();
  }
  for (const [i, g] of guests.entries()) {
    const { id: guestId } = await trx
      .insertInto('meeting_guests')
      .values({ meeting_id: meetingId, sort_order: i + 1, ...g, created_at: stamps.created_at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('attendance').values({ meeting_id: meetingId, guest_id: guestId, status: 'present' }).execute();
  }
  const day = fields.starts_at.slice(0, 10);
  const onRoster = seed.members.filter((m) => m.from_date <= day && (!m.to_date || m.to_date > day));
  for (const m of onRoster) {
    const other = attendance.find((a) => a.member === m.key);
    await trx
      .insertInto('attendance')
      .values({
        meeting_id: meetingId,
        person_id: pid(m.key),
        status: other?.status ?? 'present',
        reason: other && 'reason' in other ? other.reason : null,
        representative_name: other && 'representative_name' in other ? other.representative_name : null,
        representative_position: other && 'representative_position' in other ? other.representative_position : null,
      })
      .execute();
  }
  // Number 01 of the term's GM series (the load's one audit entry records it with the rest).
  const { id: numberId } = await trx
    .insertInto('document_numbers')
    .values({ committee_id: committeeId, type: 'GM', period: `term:${term_started_on}`, number: 1, status: 'issued', issued_on: invited_on, note: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.updateTable('meetings').set({ invitation_number_id: numberId, invited_on }).where('id', '=', meetingId).execute();
  // Issued, so frozen as the app freezes it (0016): what it printed on its day.
  const snapshot = await invitationSnapshot(trx, meetingId);
  await trx.updateTable('meetings').set({ invitation_json: JSON.stringify(snapshot) }).where('id', '=', meetingId).execute();
  return meetingId;
}
