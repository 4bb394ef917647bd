import type { Db } from './connection.js';
import { storedMinutes } from './documents/meeting-source.js';
import { getMeeting } from './meetings.js';
import { readBody } from './minutes-fields.js';
import {
  type ConclusionSignerOptions,
  type ConclusionStartingText,
  type SigningForm,
  conclusionPartOf,
  meetingDay,
} from './model/index.js';
import { rosterMembers } from './roster.js';

// What a new notice starts from: the conclusion part of the meeting's minutes, and who may
// sign it (the committee's roster on its date, each with the form their role suggests).

/** The starting text of a notice from this meeting (the minutes' latest text: the draft or the last version). */
export async function conclusionStartingText(db: Db, meetingId: number): Promise<ConclusionStartingText> {
  const meeting = await getMeeting(db, meetingId);
  const stored = await storedMinutes(db, meetingId);
  const part = conclusionPartOf(readBody(stored?.body_json ?? ''));
  const by = meeting.chairName ? `của đồng chí ${meeting.chairName} ` : '';
  return {
    meetingId,
    committeeId: meeting.committeeId,
    found: part.found,
    title: `Kết luận ${by}tại ${meeting.title}`,
    preamble: part.preamble,
    items: part.items,
    meetingDay: meetingDay(meeting.startsAt),
    chairPersonId: meeting.chairPersonId,
  };
}

/** Head: for the body (TM. / T/M); a deputy head: for the head (KT. / K/T); anyone else: in their own name. */
export function suggestedForm(role: string): SigningForm {
  if (role === 'truong_ban') return 'tm';
  if (role.startsWith('pho_truong_ban')) return 'kt';
  return 'none';
}

export async function conclusionSigners(db: Db, committeeId: number, asOf: string): Promise<ConclusionSignerOptions> {
  const { members } = await rosterMembers(db, committeeId, asOf);
  const seen = new Set<number>();
  const signers: ConclusionSignerOptions['signers'] = [];
  for (const m of members) {
    if (seen.has(m.personId)) continue;
    seen.add(m.personId);
    signers.push({
      personId: m.personId,
      fullName: m.fullName,
      roleName: m.roleName,
      position: m.position,
      suggestedForm: suggestedForm(m.role),
      suggestedTitle: m.roleName.toLocaleUpperCase('vi'),
    });
  }
  return { committeeId, asOf, signers };
}
