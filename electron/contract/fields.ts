import { z } from 'zod';
import { PAGE_MAX_LIMIT, type TextKind, isBlankText, isCalendarDate, normalizeText, textProblem } from '../../db/model/index.js';

// The field schemas every command's input is built from. No Node, no DOM: the renderer bundles it.

export const id = z.number().int().positive();

/** YYYY-MM-DD naming a real day: "2021-02-31" and "2021-13-01" are refused, never rolled over. */
export const isoDate = z.iso.date().refine(isCalendarDate, { message: 'not_a_date' });

/**
 * The one text rule (db/model/text.ts): control characters and ill-formed strings are refused
 * with a field-level issue ('control_character', 'ill_formed'); accepted text is NFC. Every
 * text field of every command starts here.
 */
export const safeText = (kind: TextKind = {}) =>
  z
    .string()
    .superRefine((v, ctx) => {
      const problem = textProblem(v, kind);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
    })
    .transform((v) => normalizeText(v, kind));

/** Required text: at least one visible character (a name of zero-width spaces is empty). */
export const text = (max: number) =>
  safeText().pipe(
    z
      .string()
      .trim()
      .max(max)
      .refine((v) => !isBlankText(v), { error: 'required', params: { required: true } }),
  );
/** Optional free text: '' and null both clear the field. */
export const optionalText = (max: number, kind: TextKind = {}) =>
  safeText(kind)
    .pipe(z.string().trim().max(max))
    .nullish()
    .transform((v) => (v === '' ? null : v));
export const multilineText = (max: number) => optionalText(max, { multiline: true });

/** Every list takes a limit (default 50, at most 200) and a cursor or an offset. */
export const limit = z.number().int().min(1).max(PAGE_MAX_LIMIT).optional();
export const cursor = z.string().min(1).max(500).optional();
export const offset = z.number().int().min(0).max(1_000_000).optional();
