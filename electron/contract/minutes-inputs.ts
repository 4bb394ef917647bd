import { z } from 'zod';
import { type RichTextDoc, isCalendarDate, validateRichText } from '../../db/model/index.js';
import { id, multilineText, optionalText, text } from './fields.js';

// The minutes' inputs (issue 8). No Node, no DOM: the renderer bundles it.

/** A local date and time, "2021-01-13T08:00", naming a real day and a real time. */
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'not_a_time')
  .refine((v) => isCalendarDate(v.slice(0, 10)), { message: 'not_a_date' })
  .nullable();

/** Editor JSON of the allowed nodes, marks and attributes only (db/model/rich-text-validate.ts). */
export const richTextDoc = z
  .unknown()
  .superRefine((v, ctx) => {
    const result = validateRichText(v);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: `rich_text.${result.error.code}`, path: result.error.path ? result.error.path.split('.') : [] });
    }
  })
  .transform((v) => v as RichTextDoc);

export const minutesFields = z
  .object({
    openedAt: localDateTime,
    closedAt: localDateTime,
    place: optionalText(300).transform((v) => v ?? null),
    attendees: multilineText(4000).transform((v) => v ?? null),
    chair: optionalText(300).transform((v) => v ?? null),
    secretary: optionalText(300).transform((v) => v ?? null),
  })
  .strict();

/** The revision a window started from (0 before the first save). */
const revision = z.number().int().min(0);

export const minutesInputs = {
  get: z.object({ meetingId: id }).strict(),
  save: z.object({ meetingId: id, expectedRevision: revision, fields: minutesFields, body: richTextDoc }).strict(),
  finalize: z.object({ meetingId: id, expectedRevision: revision }).strict(),
  amend: z.object({ meetingId: id, reason: text(2000), fields: minutesFields, body: richTextDoc }).strict(),
  version: z.object({ id }).strict(),
  compare: z.object({ leftId: id, rightId: id }).strict(),
};
