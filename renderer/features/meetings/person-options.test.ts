import { describe, expect, it } from 'vitest';
import { foldForMatch, personGroups } from './person-options';

const labels = { members: 'Thành viên', directory: 'Danh bạ' };
const members = [
  { value: '1', label: 'Trịnh Tuấn Sinh — Trưởng ban' },
  { value: '2', label: 'Đỗ Trọng Hưng — Phó Trưởng ban' },
];

describe('person choices of a meeting', () => {
  it('folds accents and đ so a clerk may type without them', () => {
    expect(foldForMatch('Đỗ Trọng Hưng')).toBe('do trong hung');
  });

  it("lists the day's members first, filtered by every typed word, then the directory without repeats", () => {
    const found = [
      { value: '2', label: 'Đỗ Trọng Hưng — Bí thư' },
      { value: '9', label: 'Đỗ Văn Khách — Giám đốc' },
    ];
    expect(personGroups(members, found, 'do hung', labels)).toEqual([
      { group: 'Thành viên', items: [members[1]] },
      { group: 'Danh bạ', items: [found[1]] },
    ]);
    expect(personGroups(members, [], '', labels)).toEqual([{ group: 'Thành viên', items: members }]);
    expect(personGroups(members, [], 'xyz', labels)).toEqual([]);
  });
});
