import type { TFunction } from 'i18next';
import type { z } from 'zod';

/** The i18n key naming a field path from the boundary ("committeeId", "members.0.role"). */
export function fieldKey(path: string): string {
  if (path === '') return 'fields.input';
  const name = path
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .at(-1);
  return name ? `fields.${name}` : 'fields.input';
}

/** A field path in the user's language: never the field's id. */
export function fieldLabel(path: string, t: TFunction): string {
  return t(fieldKey(path), { defaultValue: t('fields.unknown') });
}

/** The message for one issue: our own codes (control_character, not_a_date…) or zod's kind. */
export function issueMessage(issue: { code?: string; message: string; maximum?: unknown }, t: TFunction): string {
  if (issue.code === 'too_small') return t('common.required');
  if (issue.code === 'too_big') return t('common.tooLong', { max: Number(issue.maximum) });
  const own = issue.message === 'not_a_date' ? 'validation.not_a_date_field' : `validation.${issue.message}`;
  return t(own, { defaultValue: t('common.invalid') });
}

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
    errors[field] = issueMessage(issue, t);
  }
  return errors;
}
