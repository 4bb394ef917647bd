import type { Committee } from '../../../electron/contract';

export interface TreeRow {
  committee: Committee;
  depth: number;
}

/**
 * The committees in tree order (a parent, then its children, each level in the order given);
 * a committee whose parent is missing from the list is shown as a root.
 */
export function treeRows(list: Committee[]): TreeRow[] {
  const ids = new Set(list.map((c) => c.id));
  const children = new Map<number | null, Committee[]>();
  for (const c of list) {
    const parent = c.parentCommitteeId !== null && ids.has(c.parentCommitteeId) ? c.parentCommitteeId : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const rows: TreeRow[] = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    for (const c of children.get(parent) ?? []) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      rows.push({ committee: c, depth });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}
