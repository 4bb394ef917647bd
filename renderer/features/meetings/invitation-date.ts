/**
 * The invitation dialog's default date: today, or the meeting's day when that is before today
 * (an invitation cannot be dated after its meeting; the core refuses it). ISO dates compare as text.
 */
export function defaultInvitationDate(today: string, meetingStartsAt: string): string {
  const meetingDay = meetingStartsAt.slice(0, 10);
  return meetingDay < today ? meetingDay : today;
}
