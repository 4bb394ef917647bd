import type { TFunction } from 'i18next';
import { type MeetingDetail, type MeetingKind, commands } from '../../../electron/contract';
import { fieldErrors } from '../../ui/form-errors';
import { normalizeTime } from '../../ui/normalize-time';

export { normalizeTime };

// The meeting form's values (date and time typed apart, as a clerk writes them) and the
// contract's input made from them: one place, so the form and its test agree.

export interface MeetingFormValues {
  committeeId: string | null;
  kind: MeetingKind;
  title: string;
  /** YYYY-MM-DD or null. */
  startDate: string | null;
  /** As typed: "08:00", "8:00", "8h", "0800". */
  startTime: string;
  /** YYYY-MM-DD; null: the day the meeting starts. */
  endDate: string | null;
  endTime: string;
  place: string;
  chairPersonId: string | null;
  secretaryPersonId: string | null;
  notes: string;
}

export function emptyMeetingValues(committeeId?: number): MeetingFormValues {
  return {
    committeeId: committeeId ? String(committeeId) : null,
    kind: 'dinh_ky',
    title: '',
    startDate: null,
    startTime: '08:00',
    endDate: null,
    endTime: '',
    place: '',
    chairPersonId: null,
    secretaryPersonId: null,
    notes: '',
  };
}

export function valuesFromMeeting(m: MeetingDetail): MeetingFormValues {
  const endDay = m.endsAt?.slice(0, 10) ?? null;
  return {
    committeeId: String(m.committeeId),
    kind: m.kind,
    title: m.title,
    startDate: m.startsAt.slice(0, 10),
    startTime: m.startsAt.slice(11, 16),
    endDate: endDay && endDay !== m.startsAt.slice(0, 10) ? endDay : null,
    endTime: m.endsAt?.slice(11, 16) ?? '',
    place: m.place ?? '',
    chairPersonId: m.chairPersonId ? String(m.chairPersonId) : null,
    secretaryPersonId: m.secretaryPersonId ? String(m.secretaryPersonId) : null,
    notes: m.notes ?? '',
  };
}

/** meetings.create's input from the form (meetings.update takes the same, without committeeId). */
export function meetingInput(v: MeetingFormValues) {
  const start = normalizeTime(v.startTime);
  const end = v.endTime.trim() ? normalizeTime(v.endTime) : null;
  const endDay = v.endDate ?? v.startDate;
  return {
    committeeId: v.committeeId ? Number(v.committeeId) : 0,
    kind: v.kind,
    title: v.title,
    startsAt: v.startDate && start ? `${v.startDate}T${start}` : '',
    endsAt: endDay && end ? `${endDay}T${end}` : null,
    place: v.place,
    chairPersonId: v.chairPersonId ? Number(v.chairPersonId) : null,
    secretaryPersonId: v.secretaryPersonId ? Number(v.secretaryPersonId) : null,
    notes: v.notes,
  };
}

/** Each field's message in the clerk's language: the typed times first, then the contract's own schema. */
export function meetingFormErrors(v: MeetingFormValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.committeeId) errors.committeeId = t('common.required');
  if (!v.startDate) errors.startDate = t('common.required');
  if (!v.startTime.trim()) errors.startTime = t('common.required');
  else if (!normalizeTime(v.startTime)) errors.startTime = t('meetings.form.notATime');
  if (v.endTime.trim() && !normalizeTime(v.endTime)) errors.endTime = t('meetings.form.notATime');
  else if (!v.endTime.trim() && v.endDate && v.endDate !== v.startDate) errors.endTime = t('meetings.form.endTimeMissing');
  const fromSchema = fieldErrors(commands['meetings.create'].input, meetingInput(v), t);
  // The schema names startsAt/endsAt; the form shows them next to the time boxes.
  const where: Record<string, string> = { startsAt: 'startTime', endsAt: 'endTime' };
  for (const [field, message] of Object.entries(fromSchema)) {
    // With no day, startsAt is empty: the missing day is the fault (flagged above), not the time.
    if (field === 'startsAt' && !v.startDate) continue;
    const key = where[field] ?? field;
    errors[key] ??= message;
  }
  return errors;
}
