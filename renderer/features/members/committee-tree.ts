import { type Committee, sameCommitteeName } from '../../../electron/contract';

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

/** The committee and everything under it: not a valid new parent for it. */
export function subtreeIds(list: Committee[], id: number): Set<number> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of list) {
      if (c.parentCommitteeId !== null && out.has(c.parentCommitteeId) && !out.has(c.id)) {
        out.add(c.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Another committee with the same name under the same parent, if any: the core's rule (sameCommitteeName, db/model/fold.ts). */
export function sameNameSibling(list: Committee[], name: string, parentId: number | null, selfId?: number): Committee | undefined {
  return list.find((c) => c.id !== selfId && (c.parentCommitteeId ?? null) === parentId && sameCommitteeName(c.name, name));
}
