import type { AttendanceRow, MeetingDetail } from '../../../electron/contract';

/** The chair or the secretary recorded as not there in person: the minutes would still name them. */
export interface AwayOfficer {
  role: 'chair' | 'secretary';
  name: string;
  status: 'absent' | 'represented';
}

/** Who of the meeting's chair and secretary the attendance sheet records absent or represented. */
export function awayOfficers(meeting: Pick<MeetingDetail, 'chairPersonId' | 'secretaryPersonId'>, rows: readonly AttendanceRow[]): AwayOfficer[] {
  const out: AwayOfficer[] = [];
  for (const [role, personId] of [['chair', meeting.chairPersonId], ['secretary', meeting.secretaryPersonId]] as const) {
    if (personId === null) continue;
    const row = rows.find((r) => r.kind === 'member' && r.personId === personId);
    if (row && (row.status === 'absent' || row.status === 'represented')) out.push({ role, name: row.fullName, status: row.status });
  }
  return out;
}
