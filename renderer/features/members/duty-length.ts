import type { TFunction } from 'i18next';
import { DUTY_MAX_LENGTH } from '../../../electron/contract';

/**
 * The assigned tasks (nhiệm vụ được phân công) over the contract's limit, said next to the
 * field with the limit and the length typed; null when it fits.
 */
export function dutyError(duty: string, t: TFunction): string | null {
  const count = duty.normalize('NFC').trim().length;
  return count > DUTY_MAX_LENGTH ? t('rosterFixes.dutyTooLong', { max: DUTY_MAX_LENGTH.toLocaleString('vi-VN'), count: count.toLocaleString('vi-VN') }) : null;
}
