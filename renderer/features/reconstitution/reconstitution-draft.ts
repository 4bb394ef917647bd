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
}

export function memberDraft(m: RosterMember): MemberDraft {
  return { action: 'keep', role: m.role, position: m.position ?? '', duty: m.duty ?? '' };
}

/** The lists a reconstitution command takes, from what the clerk entered. */
export function changeLists(members: RosterMember[], drafts: Record<number, MemberDraft>, adds: AddDraft[]) {
  const end: Array<{ membershipId: number }> = [];
  const change: Array<{ membershipId: number; role: string; position: string; duty: string }> = [];
  for (const m of members) {
    const d = drafts[m.membershipId];
    if (!d || d.action === 'keep') continue;
    if (d.action === 'end') end.push({ membershipId: m.membershipId });
    else change.push({ membershipId: m.membershipId, role: d.role, position: d.position, duty: d.duty });
  }
  const add = adds
    .filter((a) => a.personId && a.role)
    .map((a) => ({ personId: Number(a.personId), role: a.role ?? '', position: a.position, duty: a.duty }));
  return { end, change, add };
}
