import { describe, expect, it } from 'vitest';
import type { Committee } from '../../../electron/contract';
import { sameNameSibling, subtreeIds, treeRows } from './committee-tree';

const c = (id: number, name: string, parentCommitteeId: number | null): Committee =>
  ({ id, name, parentCommitteeId }) as Committee;

const list = [c(1, 'BCĐ tỉnh', null), c(2, 'BCĐ huyện A', 1), c(3, 'BCĐ xã X', 2), c(4, 'BCĐ huyện B', 1), c(5, 'Mồ côi', 99)];

describe('committee tree', () => {
  it('lists a parent before its children, with depth', () => {
    expect(treeRows(list).map((r) => [r.committee.id, r.depth])).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
      [4, 1],
      [5, 0],
    ]);
  });

  it('never offers a committee or its descendants as its new parent', () => {
    expect([...subtreeIds(list, 2)].sort()).toEqual([2, 3]);
  });

  it('finds a same-named sibling whatever the accents and case, but not under another parent', () => {
    expect(sameNameSibling(list, 'bcd  HUYEN a', 1)?.id).toBe(2);
    expect(sameNameSibling(list, 'BCĐ huyện A', 2)).toBeUndefined();
    expect(sameNameSibling(list, 'BCĐ huyện A', 1, 2)).toBeUndefined();
  });

  it("warns by the core's own rule (sameCommitteeName): the look-alike Ð (U+00D0) and decomposed accents too", () => {
    // The core warns on save for exactly these (db/committee-tree.test.ts); the form must agree.
    expect(sameNameSibling(list, 'BC\u00D0 huyện A', 1)?.id).toBe(2);
    expect(sameNameSibling(list, 'BCĐ huye\u0302\u0323n A'.normalize('NFD'), 1)?.id).toBe(2);
    expect(sameNameSibling(list, '   ', 1)).toBeUndefined();
  });
});
