import type { RosterMember } from '../../../electron/contract';

/** What the decision does to a member on the roster: nothing, relieve, or change role/position/duty. */
export type MemberAction = 'keep' | 'end' | 'change';

export interface MemberDraft {
  action: MemberAction;
  role: string;
  position: string;
  duty: string;
}

export interface AddDraft {
  key: number;
  personId: string | null;
  role: string | null;
  position: string;
  duty: string;
  /** A person not yet in the directory, created with the decision (personId is then ignored). */
  newPerson?: NewPersonDraft | null;
  /** The name of a directory person chosen from the duplicate warning (the picker is not shown then). */
  personLabel?: string | null;
}

export interface NewPersonDraft {
  fullName: string;
  position: string;
  organisation: string;
}

export const emptyAdd = (key: number): AddDraft => ({ key, personId: null, role: null, position: '', duty: '' });

export function memberDraft(m: RosterMember): MemberDraft {
  return { action: 'keep', role: m.role, position: m.position ?? '', duty: m.duty ?? '' };
}

/** The lists a reconstitution command takes, from what the clerk entered. */
export function changeLists(members: RosterMember[], drafts: Record<number, MemberDraft>, adds: AddDraft[]) {
  const end: Array<{ membershipId: number }> = [];
  const change: Array<{ membershipId: number; role: string; position: string; duty: string }> = [];
  // An appointment names a person of the directory or a new one, never both.
  for (const m of members) {
    const d = drafts[m.membershipId];
    if (!d || d.action === 'keep') continue;
    if (d.action === 'end') end.push({ membershipId: m.membershipId });
    else change.push({ membershipId: m.membershipId, role: d.role, position: d.position, duty: d.duty });
  }
  const add = adds
    .filter((a) => (a.newPerson ? a.newPerson.fullName.trim() !== '' : a.personId) && a.role)
    .map((a) => ({
      ...(a.newPerson ? { newPerson: a.newPerson } : { personId: Number(a.personId) }),
      role: a.role ?? '',
      position: a.position,
      duty: a.duty,
    }));
  return { end, change, add };
}
