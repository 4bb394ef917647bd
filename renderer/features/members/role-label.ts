import type { TFunction } from 'i18next';
import { DEFAULT_ROLE_NAMES, type MemberRole } from '../../../electron/contract';

/**
 * A role as the screen shows it: a default role the committee has not renamed is in the
 * interface's language; a renamed or added one is the committee's own name.
 */
export function roleLabel(t: TFunction, code: string, name: string): string {
  const fallback = (DEFAULT_ROLE_NAMES as Record<string, string>)[code];
  return fallback !== undefined && fallback === name ? t(`roles.${code as MemberRole}`) : name;
}
