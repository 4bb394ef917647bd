import { z } from 'zod';
import {
  AGENDA_MAX_ITEMS,
  ATTENDANCE_MAX_ROWS,
  ATTENDANCE_STATUSES,
  DOCUMENT_TYPES,
  MEETING_KINDS,
  MEETING_SORTS,
  MEETING_STATUSES,
  isLocalDateTime,
} from '../../db/model/index.js';
import { cursor, id, isoDate, limit, multilineText, optionalText, text } from './fields.js';

// The inputs of the meetings' commands: meetings, agenda, guests, attendance, invitations and
// the document number series. No Node, no DOM: the renderer bundles it.

export const meetingKind = z.enum(MEETING_KINDS);
export const meetingStatus = z.enum(MEETING_STATUSES);
export const attendanceStatus = z.enum(ATTENDANCE_STATUSES);
export const documentType = z.enum(DOCUMENT_TYPES);

/** "YYYY-MM-DDTHH:MM", a real day and time, in the archive's time zone. */
export const localDateTime = z.string().refine(isLocalDateTime, { message: 'not_a_date_time' });

export const meetingList = z
  .object({
    committeeId: id.optional(),
    year: z.number().int().min(1945).max(2200).optional(),
    kind: meetingKind.optional(),
    status: meetingStatus.optional(),
    sort: z.enum(MEETING_SORTS).optional(),
    limit,
    cursor,
  })
  .strict();

const meetingShape = {
  committeeId: id,
  kind: meetingKind,
  title: text(500),
  startsAt: localDateTime,
  endsAt: localDateTime.nullish(),
  place: optionalText(300),
  chairPersonId: id.nullish(),
  secretaryPersonId: id.nullish(),
  notes: multilineText(4000),
};

const endsAfterStart = (v: { startsAt?: string; endsAt?: string | null }) => !v.startsAt || !v.endsAt || v.endsAt >= v.startsAt;

export const meetingCreate = z.object(meetingShape).strict().refine(endsAfterStart, { path: ['endsAt'], message: 'ends_before_start' });
/** committeeId never changes: a meeting belongs to its committee. */
export const meetingUpdate = z
  .object(meetingShape)
  .omit({ committeeId: true })
  .partial()
  .extend({ id })
  .strict()
  .refine(endsAfterStart, { path: ['endsAt'], message: 'ends_before_start' });

/** Cancelling needs a reason; other moves take none. */
export const meetingSetStatus = z
  .object({ id, status: meetingStatus, reason: optionalText(1000) })
  .strict()
  .refine((v) => v.status !== 'cancelled' || (v.reason ?? null) !== null, { path: ['reason'], message: 'required' });

const presenter = {
  /** A person of the archive (usually a member)... */
  presenterPersonId: id.nullish(),
  /** ...or a free name; never both. */
  presenterName: optionalText(200),
};
const onePresenter = (v: { presenterPersonId?: number | null; presenterName?: string | null }) => v.presenterPersonId == null || v.presenterName == null;

const agendaShape = {
  title: text(1000),
  ...presenter,
  plannedMinutes: z.number().int().min(1).max(1440).nullish(),
  notes: multilineText(4000),
};

export const agendaAdd = z
  .object({ meetingId: id, ...agendaShape, order: z.number().int().min(1).max(AGENDA_MAX_ITEMS).optional() })
  .strict()
  .refine(onePresenter, { path: ['presenterName'], message: 'two_presenters' });
export const agendaUpdate = z
  .object(agendaShape)
  .partial()
  .extend({ id })
  .strict()
  .refine(onePresenter, { path: ['presenterName'], message: 'two_presenters' });
/** Moves one item to `order` (1-based); the others shift; one transaction. */
export const agendaMove = z.object({ id, order: z.number().int().min(1).max(AGENDA_MAX_ITEMS) }).strict();

const guestShape = { fullName: text(200), position: optionalText(300), organisation: optionalText(300) };
export const guestAdd = z.object({ meetingId: id, ...guestShape }).strict();
export const guestUpdate = z.object(guestShape).partial().extend({ id }).strict();

/** One member's (personId) or guest's (guestId) attendance; status null clears it. */
export const attendanceRow = z
  .object({
    personId: id.optional(),
    guestId: id.optional(),
    status: attendanceStatus.nullable(),
    reason: optionalText(1000),
    representativeName: optionalText(200),
    representativePosition: optionalText(300),
  })
  .strict()
  .refine((v) => (v.personId === undefined) !== (v.guestId === undefined), { path: ['personId'], message: 'member_or_guest' })
  .refine((v) => v.status === 'represented' || (v.representativeName == null && v.representativePosition == null), {
    path: ['representativeName'],
    message: 'only_when_represented',
  })
  .refine((v) => v.status !== 'represented' || v.representativeName != null, { path: ['representativeName'], message: 'required' })
  .refine((v) => v.status === 'absent' || v.reason == null, { path: ['reason'], message: 'only_when_absent' });

export const attendanceSet = z.object({ meetingId: id, rows: z.array(attendanceRow).min(1).max(ATTENDANCE_MAX_ROWS) }).strict();

/** Takes the next GM number (or a number reserved before, documentNumberId), dated issuedOn (default: today). */
/**
 * `issuedOn`: the invitation's date as the clerk chooses it (default: the archive's today).
 * Refused (VALIDATION on issuedOn) when after the meeting's day ('after_meeting'), more than
 * INVITATION_LEAD_DAYS_MAX before it ('too_early'), or before the committee's first known day
 * ('before_committee').
 */
export const invitationIssue = z.object({ meetingId: id, issuedOn: isoDate.optional(), documentNumberId: id.optional() }).strict();

export const documentNumberList = z
  .object({ committeeId: id, type: documentType.optional(), period: z.string().min(1).max(40).optional(), limit, cursor })
  .strict();
export const documentNumberReserve = z
  .object({ committeeId: id, type: documentType, issuedOn: isoDate.optional(), note: optionalText(500) })
  .strict();
export const documentNumberCancel = z.object({ id, note: text(500) }).strict();
export const numberingSetTermStart = z.object({ committeeId: id, termStartedOn: isoDate.nullable() }).strict();
