import { z } from 'zod';
import { ACTION_CO_OWNERS_MAX, ACTION_STATUSES, ACTIONS_FROM_CONCLUSION_MAX } from '../../db/model/index.js';
import { id, isoDate, limit, multilineText, offset, optionalText, text } from './fields.js';

// The inputs of the actions' commands (issue 9, helper C2): actions, progress, completion, hold,
// the chase, the reports and the two documents. No Node, no DOM: the renderer bundles it.

export const actionStatus = z.enum(ACTION_STATUSES);

/** A member of the archive, or a unit by its name. */
export const ownerRef = z.union([z.object({ personId: id }).strict(), z.object({ unitName: text(300) }).strict()]);

const ownersShape = {
  /** The lead owner (chủ trì). */
  owner: ownerRef,
  /** Co-owners (phối hợp); none twice, never the lead again. */
  coOwners: z.array(ownerRef).max(ACTION_CO_OWNERS_MAX).optional(),
};

const range = (from: string, to: string) => (v: Record<string, unknown>) => !v[from] || !v[to] || (v[from] as string) <= (v[to] as string);

/** The list's filters: every dashboard figure and report group carries one of these. */
export const actionFilter = z
  .object({
    committeeId: id.optional(),
    conclusionId: id.optional(),
    conclusionItemId: id.optional(),
    withoutConclusion: z.literal(true).optional(),
    owner: ownerRef.optional(),
    statuses: z.array(actionStatus).min(1).max(ACTION_STATUSES.length).optional(),
    deadlineFrom: isoDate.optional(),
    deadlineTo: isoDate.optional(),
    completedFrom: isoDate.optional(),
    completedTo: isoDate.optional(),
    asOf: isoDate.optional(),
  })
  .strict();

export const actionList = actionFilter
  .extend({ limit, offset })
  .strict()
  .refine(range('deadlineFrom', 'deadlineTo'), { path: ['deadlineTo'], message: 'range_reversed' })
  .refine(range('completedFrom', 'completedTo'), { path: ['completedTo'], message: 'range_reversed' });

export const actionGet = z.object({ id, asOf: isoDate.optional() }).strict();

const actionShape = {
  title: text(2000),
  description: multilineText(8000),
  deadline: isoDate.nullish(),
  /** The day the task was given: default the conclusion's date, else today. */
  assignedOn: isoDate.optional(),
  ...ownersShape,
};

const deadlineNotBeforeAssigned = (v: { deadline?: string | null; assignedOn?: string }) => !v.deadline || !v.assignedOn || v.deadline >= v.assignedOn;

/** A standalone action (committeeId), or one from a directive (conclusionItemId: its committee is the conclusion's). */
export const actionCreate = z
  .object({ committeeId: id.optional(), conclusionItemId: id.optional(), ...actionShape })
  .strict()
  .refine((v) => (v.committeeId === undefined) !== (v.conclusionItemId === undefined), { path: ['committeeId'], message: 'committee_or_item' })
  .refine(deadlineNotBeforeAssigned, { path: ['deadline'], message: 'deadline_before_assigned' });

/** "Turn every directive into actions": one action per listed item, in one transaction; every item of the conclusion must be listed. */
export const actionsFromConclusion = z
  .object({
    conclusionId: id,
    /** Applies to items that give none. */
    deadline: isoDate.nullish(),
    assignedOn: isoDate.optional(),
    items: z
      .array(z.object({ conclusionItemId: id, title: text(2000).optional(), deadline: isoDate.nullish(), ...ownersShape }).strict())
      .min(1)
      .max(ACTIONS_FROM_CONCLUSION_MAX),
  })
  .strict();

export const actionUpdate = z
  .object({ id, ...actionShape })
  .partial()
  .required({ id: true })
  .strict()
  .refine(deadlineNotBeforeAssigned, { path: ['deadline'], message: 'deadline_before_assigned' });

export const progressAdd = z.object({ actionId: id, reportedOn: isoDate, text: text(8000), attachmentId: id.nullish() }).strict();

export const actionComplete = z
  .object({ id, completedOn: isoDate, evidenceText: multilineText(8000), evidenceAttachmentId: id.nullish() })
  .strict();
/** Undo a completion entered by mistake: the reason goes to the audit log. */
export const actionReopen = z.object({ id, reason: text(1000) }).strict();
export const actionHold = z.object({ id, reason: text(1000) }).strict();

export const chase = z.object({ committeeId: id.optional(), asOf: isoDate.optional() }).strict();
export const report = z.object({ committeeId: id.optional(), asOf: isoDate.optional() }).strict();

export const unitNames = z.object({ query: optionalText(200), limit }).strict();

export const memberTasks = z.object({ personId: id, committeeId: id, asOf: isoDate.optional() }).strict();
export const reminder = z.object({ owner: ownerRef, committeeId: id, asOf: isoDate.optional() }).strict();

export const carryForward = z.object({ meetingId: id, asOf: isoDate.optional() }).strict();

/** The setting actions.dueSoonDays: 0…60 days. */
export const dueSoonDays = z.number().int().min(0).max(60);
