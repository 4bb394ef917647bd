import { DEFAULT_ROLE_NAMES, MEMBER_ROLES } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';

/** The committee's ordered list of roles (its own names), highest first. */
export function useCommitteeRoles(committeeId: number): Array<{ code: string; name: string }> {
  const roles = useCommand('committees.roles', { committeeId });
  return roles.data?.items ?? MEMBER_ROLES.map((code) => ({ code, name: DEFAULT_ROLE_NAMES[code] }));
}
