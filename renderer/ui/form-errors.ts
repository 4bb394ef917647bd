import type { TFunction } from 'i18next';
import type { z } from 'zod';

/**
 * Validates form values with the command's own schema from the contract, so the form and
 * the boundary agree; returns a translated message per field.
 */
export function fieldErrors(schema: z.ZodType, values: unknown, t: TFunction): Record<string, string> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (errors[field]) continue;
    errors[field] =
      issue.code === 'too_small' ? t('common.required') : issue.code === 'too_big' ? t('common.tooLong') : t('common.invalid');
  }
  return errors;
}
