import { z } from 'zod';
import { type RichTextDoc, isCalendarDate, validateRichText } from '../../db/model/index.js';
import { id, multilineText, optionalText, text } from './fields.js';
import { attendanceRow } from './meetings-inputs.js';
import { ATTENDANCE_MAX_ROWS } from '../../db/model/index.js';

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
  /**
   * `expectedRevision`: the `revision` the window read (for finalized minutes, the number of the
   * latest version); an amendment made from an older one is refused MINUTES_STALE.
   * `attendance`: once the minutes are finalized, the attendance is changed only here, in the
   * amendment's transaction; the new version then freezes the attendance as amended.
   */
  amend: z
    .object({
      meetingId: id,
      expectedRevision: revision,
      reason: text(2000),
      fields: minutesFields,
      body: richTextDoc,
      attendance: z.array(attendanceRow).min(1).max(ATTENDANCE_MAX_ROWS).optional(),
    })
    .strict(),
  version: z.object({ id }).strict(),
  compare: z.object({ leftId: id, rightId: id }).strict(),
  /** The printed minutes: of finalized minutes, the frozen text of `version` (1 = the original), else the latest. */
  document: z.object({ meetingId: id, version: z.number().int().min(1).optional() }).strict(),
};
