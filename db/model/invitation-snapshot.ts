// What an issued invitation (giấy mời) froze when its number was issued (migration 0016):
// everything the printed invitation shows. An issued document never changes, so print and
// Word render this, never today's tables. Read back through checkInvitationSnapshot: a stored
// snapshot of the wrong shape is refused, never half-printed. Pure.
import type { InvitationDocumentData } from './meeting-document.js';
import type { AgendaItem, Invitation, Invitee } from './meetings.js';
import { COMMITTEE, MEETING, type Shape, isObject, pick } from './minutes-snapshot.js';

export const INVITATION_SNAPSHOT_FORMAT = 1;

export interface InvitationSnapshot extends InvitationDocumentData {
  format: typeof INVITATION_SNAPSHOT_FORMAT;
  invitation: Invitation;
}

const AGENDA: Shape<AgendaItem> = {
  id: 'number', meetingId: 'number', order: 'number', title: 'string', presenterPersonId: 'number?', presenterName: 'string?',
  plannedMinutes: 'number?', notes: 'string?',
};
const MEMBER: Shape<Extract<Invitee, { kind: 'member' }>> = {
  kind: { values: ['member'] }, personId: 'number', membershipId: 'number', fullName: 'string', position: 'string?',
  organisation: 'string?', roleName: 'string',
};
const GUEST: Shape<Extract<Invitee, { kind: 'guest' }>> = {
  kind: { values: ['guest'] }, guestId: 'number', fullName: 'string', position: 'string?', organisation: 'string?',
};
const INVITATION: Shape<Invitation> = { meetingId: 'number', documentNumberId: 'number', number: 'number', symbol: 'string', issuedOn: 'string' };

const invitee = (v: unknown): Invitee | null => (isObject(v) && v.kind === 'guest' ? pick(v, GUEST) : pick(v, MEMBER));

/** A stored invitation snapshot, checked field by field; null when it is not one (damaged, or of another format). */
export function checkInvitationSnapshot(value: unknown): InvitationSnapshot | null {
  if (!isObject(value) || value.format !== INVITATION_SNAPSHOT_FORMAT || !Array.isArray(value.agenda) || !Array.isArray(value.invitees)) return null;
  if (typeof value.issuedOn !== 'string') return null;
  const committee = pick(value.committee, COMMITTEE);
  const meeting = pick(value.meeting, MEETING);
  const invitation = pick(value.invitation, INVITATION);
  const agenda = value.agenda.map((a) => pick(a, AGENDA));
  const invitees = value.invitees.map(invitee);
  if (!committee || !meeting || !invitation || agenda.some((a) => a === null) || invitees.some((i) => i === null)) return null;
  return {
    format: INVITATION_SNAPSHOT_FORMAT,
    committee,
    meeting,
    agenda: agenda as AgendaItem[],
    invitees: invitees as Invitee[],
    invitation,
    issuedOn: value.issuedOn,
  };
}
