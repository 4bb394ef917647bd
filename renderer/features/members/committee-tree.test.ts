import { describe, expect, it } from 'vitest';
import type { Committee } from '../../../electron/contract';
import { treeRows } from './committee-tree';

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
});
