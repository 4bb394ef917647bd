import type { Db } from './connection.js';
import { getSetting } from './settings.js';

// Who the audit log says made a change. The hosts pass the OS account's name; an account that
// names nobody ("root" on a shared office PC, an empty name, one the system cannot tell) is
// never recorded or shown as such: the archive's clerk name (setting archive.clerkName) is
// used instead, else the neutral "Văn thư" (the clerk's office).

export const CLERK_NAME_SETTING = 'archive.clerkName';
export const NEUTRAL_ACTOR = 'Văn thư';

/** OS account names that say nothing about who sat at the keyboard. */
const ANONYMOUS = new Set(['', 'root', 'administrator', 'unknown']);

/** True when the OS account names a person (the audit log may record it). */
export function namesSomeone(osUser: string | null | undefined): osUser is string {
  return typeof osUser === 'string' && !ANONYMOUS.has(osUser.trim().toLowerCase());
}

/** The actor for an OS account and the archive's clerk name (any stored value; a blank one counts as none). */
export function actorName(osUser: string | null | undefined, clerkName: unknown): string {
  if (namesSomeone(osUser)) return osUser.trim();
  return typeof clerkName === 'string' && clerkName.trim() !== '' ? clerkName.trim() : NEUTRAL_ACTOR;
}

/** The actor of a change: the OS account, or for an anonymous one the clerk's name read from the archive now. */
export async function resolveActor(db: Db, osUser: string | null | undefined): Promise<string> {
  return namesSomeone(osUser) ? osUser.trim() : actorName(osUser, await getSetting(db, CLERK_NAME_SETTING));
}
