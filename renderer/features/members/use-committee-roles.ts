import { useTranslation } from 'react-i18next';
import { MEMBER_ROLES } from '../../../electron/contract';
import { useCommand } from '../../api/hooks';

/** The committee's ordered list of roles (its own names), highest first; the default list while it loads. */
export function useCommitteeRoles(committeeId: number): Array<{ code: string; name: string }> {
  const { t } = useTranslation();
  const roles = useCommand('committees.roles', { committeeId });
  return roles.data?.items ?? MEMBER_ROLES.map((code) => ({ code, name: t(`roles.${code}`) }));
}
