import { z } from 'zod';
import {
  CONCLUSION_MAX_ITEMS,
  CONCLUSION_MAX_RECIPIENTS,
  CONCLUSION_MAX_SUB_POINTS,
  CONCLUSION_STATUSES,
  SIGNING_FORMS,
} from '../../db/model/index.js';
import { cursor, id, isoDate, limit, multilineText, optionalText, text } from './fields.js';

// The inputs of the conclusion notices' commands (issue 9). No Node, no DOM: the renderer bundles it.

export const conclusionStatus = z.enum(CONCLUSION_STATUSES);
export const signingForm = z.enum(SIGNING_FORMS);

/** One directive: its text and sub-points; `id` keeps an existing directive (and the actions made from it). */
export const conclusionItem = z
  .object({
    id: id.optional(),
    text: text(4000),
    subPoints: z.array(text(4000)).max(CONCLUSION_MAX_SUB_POINTS).default([]),
  })
  .strict();

/** The signer: a person of the roster on the notice's date (null: none chosen yet), the form and the title. */
export const conclusionSigner = z
  .object({
    personId: id.nullable(),
    form: signingForm,
    /** As printed ("TRƯỞNG BAN"): stored upper-cased. */
    title: optionalText(200).transform((v) => (v == null ? null : v.toLocaleUpperCase('vi'))),
  })
  .strict();

const fields = {
  /** The summary line printed under "THÔNG BÁO" (trích yếu). */
  title: text(1000),
  /** The notice's date; default today (the issue may date it again). */
  datedOn: isoDate.optional(),
  signer: conclusionSigner,
  /** "Nơi nhận", one line each, without the leading "- "; the filing line ("Lưu: VT, …") goes last. */
  recipients: z.array(text(500)).max(CONCLUSION_MAX_RECIPIENTS),
  preamble: multilineText(8000),
  items: z.array(conclusionItem).max(CONCLUSION_MAX_ITEMS),
};

export const conclusionsInputs = {
  list: z
    .object({
      committeeId: id.optional(),
      year: z.number().int().min(1945).max(2200).optional(),
      status: conclusionStatus.optional(),
      limit,
      cursor,
    })
    .strict(),
  get: z.object({ id }).strict(),
  /** The conclusion part of the meeting's minutes, offered as the starting text. */
  startingText: z.object({ meetingId: id }).strict(),
  /** Who may sign on that day: the committee's roster as of `asOf` (default today). */
  signers: z.object({ committeeId: id, asOf: isoDate.optional() }).strict(),
  /** A draft, from a meeting (meetingId: of the same committee) or standalone. */
  create: z.object({ committeeId: id, meetingId: id.nullish(), ...fields }).strict(),
  /** Only a draft can change (VALIDATION on status: not_draft). Items given replace the list, in order. */
  update: z.object(fields).partial().extend({ id }).strict(),
  /**
   * Takes the next TB number of the committee's series (or documentNumberId, a number the clerk
   * reserved) and the date (default: the draft's date); draft → issued.
   */
  issue: z.object({ id, issuedOn: isoDate.optional(), documentNumberId: id.optional() }).strict(),
  /** issued → cancelled, with its reason; the number stays with it (never given again). */
  cancel: z.object({ id, reason: text(1000) }).strict(),
  /** Only a draft (an issued notice is cancelled instead). */
  delete: z.object({ id }).strict(),
  document: z.object({ id }).strict(),
};
