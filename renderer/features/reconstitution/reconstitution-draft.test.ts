import { describe, expect, it } from 'vitest';
import type { RosterMember } from '../../../electron/contract';
import { changeLists, memberDraft } from './reconstitution-draft';

const member = (membershipId: number, fullName: string, role: string): RosterMember =>
  ({ membershipId, personId: membershipId, fullName, role, roleName: role, position: 'Chức vụ', duty: null }) as unknown as RosterMember;

describe('reconstitution lists', () => {
  const members = [member(1, 'Trịnh Tuấn Sinh', 'truong_ban'), member(2, 'Lê Thị Bình', 'pho_truong_ban'), member(3, 'Phạm Văn Cường', 'uy_vien')];

  it('sends only the members the decision touches: relieved ones in end, changed ones in change', () => {
    const drafts = Object.fromEntries(members.map((m) => [m.membershipId, memberDraft(m)]));
    drafts[2] = { ...drafts[2]!, action: 'end' };
    drafts[3] = { ...drafts[3]!, action: 'change', role: 'pho_truong_ban' };
    const lists = changeLists(members, drafts, []);
    expect(lists.end).toEqual([{ membershipId: 2 }]);
    expect(lists.change).toEqual([{ membershipId: 3, role: 'pho_truong_ban', position: 'Chức vụ', duty: '' }]);
    expect(lists.add).toEqual([]);
  });

  it('leaves out an appointment row without a person or a role', () => {
    const adds = [
      { key: 1, personId: '9', role: 'pho_truong_ban', position: 'Phó Chủ tịch UBND tỉnh', duty: '' },
      { key: 2, personId: null, role: 'uy_vien', position: '', duty: '' },
      { key: 3, personId: '10', role: null, position: '', duty: '' },
    ];
    expect(changeLists(members, {}, adds).add).toEqual([{ personId: 9, role: 'pho_truong_ban', position: 'Phó Chủ tịch UBND tỉnh', duty: '' }]);
  });

  it('sends a new person (not yet in the directory) as newPerson, without a personId; a nameless one is left out', () => {
    const adds = [
      { key: 1, personId: '9', role: 'uy_vien', position: 'Giám đốc Sở Y tế', duty: '', newPerson: { fullName: 'Lê Văn Bảo', position: 'Giám đốc Sở Y tế', organisation: 'Sở Y tế' } },
      { key: 2, personId: null, role: 'uy_vien', position: '', duty: '', newPerson: { fullName: ' ', position: '', organisation: '' } },
    ];
    expect(changeLists(members, {}, adds).add).toEqual([
      { newPerson: { fullName: 'Lê Văn Bảo', position: 'Giám đốc Sở Y tế', organisation: 'Sở Y tế' }, role: 'uy_vien', position: 'Giám đốc Sở Y tế', duty: '' },
    ]);
  });
});
