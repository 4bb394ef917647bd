import type { Person, RosterMember } from '../../../electron/contract';

// The choices of a person field on a meeting (chair, secretary, presenter): the committee's
// members on the meeting day first, then people of the directory found by the core's search.

export interface PersonOption {
  value: string;
  label: string;
}

/** Lower case without accents (đ → d), to find "Trịnh" by typing "trinh" among a day's members. */
export function foldForMatch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
}

export const memberOption = (m: Pick<RosterMember, 'personId' | 'fullName' | 'roleName'>): PersonOption => ({
  value: String(m.personId),
  label: `${m.fullName} — ${m.roleName}`,
});

export const personOption = (p: Pick<Person, 'id' | 'fullName' | 'position'>): PersonOption => ({
  value: String(p.id),
  label: [p.fullName, p.position].filter(Boolean).join(' — '),
});

/**
 * The two groups as the box shows them: the members whose name or role contains every typed
 * word (accents optional), and the directory's people who are not already among the members.
 */
export function personGroups(
  members: PersonOption[],
  found: PersonOption[],
  search: string,
  labels: { members: string; directory: string },
): Array<{ group: string; items: PersonOption[] }> {
  const words = foldForMatch(search).split(/\s+/).filter(Boolean);
  const shown = members.filter((o) => words.every((w) => foldForMatch(o.label).includes(w)));
  const memberIds = new Set(members.map((o) => o.value));
  const others = found.filter((o) => !memberIds.has(o.value));
  return [
    { group: labels.members, items: shown },
    { group: labels.directory, items: others },
  ].filter((g) => g.items.length > 0);
}
