import { addAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem } from '../../db/agenda.js';
import { attendanceSheet, setAttendance } from '../../db/attendance.js';
import {
  cancelDocumentNumber,
  listDocumentNumbers,
  numberingSettings,
  reserveDocumentNumber,
  setTermStart,
} from '../../db/document-numbers.js';
import { getMeetingDetail, listMeetings } from '../../db/meetings.js';
import { addGuest, removeGuest, updateGuest } from '../../db/meetings-guests.js';
import { issueInvitation, listInvitees } from '../../db/meetings-invitation.js';
import { createMeeting, deleteMeeting, setMeetingStatus, updateMeeting } from '../../db/meetings-write.js';
import { todayOf } from './context.js';
import { defineHandlers } from './define.js';

/** The meetings domain: meetings, agenda, guests, invitees, invitations, attendance, and the document number series. */
export const meetingHandlers = defineHandlers({
  'meetings.list': (input, ctx) => listMeetings(ctx.archive.db, input),
  'meetings.get': (input, ctx) => getMeetingDetail(ctx.archive.db, input.id),
  'meetings.create': (input, ctx) => createMeeting(ctx.archive.db, input, ctx.actor),
  'meetings.update': ({ id, ...patch }, ctx) => updateMeeting(ctx.archive.db, id, patch, ctx.actor),
  'meetings.setStatus': (input, ctx) => setMeetingStatus(ctx.archive.db, input.id, input.status, input.reason ?? null, ctx.actor),
  'meetings.delete': async (input, ctx) => {
    await deleteMeeting(ctx.archive.db, input.id, ctx.actor);
    return null;
  },
  'meetings.invitees': (input, ctx) => listInvitees(ctx.archive.db, input.meetingId),

  'agenda.add': ({ meetingId, ...fields }, ctx) => addAgendaItem(ctx.archive.db, meetingId, fields, ctx.actor),
  'agenda.update': ({ id, ...patch }, ctx) => updateAgendaItem(ctx.archive.db, id, patch, ctx.actor),
  'agenda.remove': (input, ctx) => removeAgendaItem(ctx.archive.db, input.id, ctx.actor),
  'agenda.move': (input, ctx) => moveAgendaItem(ctx.archive.db, input.id, input.order, ctx.actor),

  'guests.add': ({ meetingId, ...fields }, ctx) => addGuest(ctx.archive.db, meetingId, fields, ctx.actor),
  'guests.update': ({ id, ...patch }, ctx) => updateGuest(ctx.archive.db, id, patch, ctx.actor),
  'guests.remove': (input, ctx) => removeGuest(ctx.archive.db, input.id, ctx.actor),

  'attendance.get': (input, ctx) => attendanceSheet(ctx.archive.db, input.meetingId),
  'attendance.set': (input, ctx) => setAttendance(ctx.archive.db, input.meetingId, input.rows, ctx.actor),

  // No date named: today, or the meeting's own day when it is already past (db/meetings-invitation.ts).
  'invitations.issue': async (input, ctx) => issueInvitation(ctx.archive.db, input, ctx.actor, await todayOf(ctx)),

  'documentNumbers.list': (input, ctx) => listDocumentNumbers(ctx.archive.db, input),
  'documentNumbers.reserve': async (input, ctx) =>
    reserveDocumentNumber(ctx.archive.db, { ...input, issuedOn: input.issuedOn ?? (await todayOf(ctx)) }, ctx.actor),
  'documentNumbers.cancel': (input, ctx) => cancelDocumentNumber(ctx.archive.db, input.id, input.note, ctx.actor),
  'documentNumbers.settings': (input, ctx) => numberingSettings(ctx.archive.db, input.committeeId),
  'documentNumbers.setTermStart': (input, ctx) => setTermStart(ctx.archive.db, input.committeeId, input.termStartedOn, ctx.actor),
});
