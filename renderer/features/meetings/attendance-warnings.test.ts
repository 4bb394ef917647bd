import { describe, expect, it } from 'vitest';
import type { AttendanceRow } from '../../../electron/contract';
import { awayOfficers } from './attendance-warnings';

const row = (personId: number, fullName: string, status: AttendanceRow['status']): AttendanceRow => ({
  kind: 'member', personId, guestId: null, fullName, position: null, organisation: null, roleName: null,
  status, reason: null, representativeName: null, representativePosition: null,
});

describe('the chair or secretary not there in person', () => {
  const meeting = { chairPersonId: 1, secretaryPersonId: 2 };
  it('names the chair and the secretary recorded absent or represented', () => {
    expect(awayOfficers(meeting, [row(1, 'Trịnh Tuấn Sinh', 'absent'), row(2, 'Trần Thị Lan', 'represented'), row(3, 'Đỗ Văn Hải', 'absent')])).toEqual([
      { role: 'chair', name: 'Trịnh Tuấn Sinh', status: 'absent' },
      { role: 'secretary', name: 'Trần Thị Lan', status: 'represented' },
    ]);
  });
  it('says nothing when they are present, not yet recorded, or the meeting names none', () => {
    expect(awayOfficers(meeting, [row(1, 'A', 'present'), row(2, 'B', null), row(3, 'C', 'absent')])).toEqual([]);
    expect(awayOfficers({ chairPersonId: null, secretaryPersonId: null }, [row(1, 'A', 'absent')])).toEqual([]);
  });
});
