import { z } from 'zod';
import { DECISION_KINDS, DUTY_MAX_LENGTH } from '../../db/model/index.js';
import { id, isoDate, multilineText, optionalText, text } from './fields.js';

// The inputs of the roster's commands: roles, decisions (with their scanned file),
// memberships and reconstitution. No Node, no DOM: the renderer bundles it.

/** A role's code: a default one or one the archive gave ("r7"). */
export const roleCode = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'role_code');

export const decisionKind = z.enum(DECISION_KINDS);
export const decisionFields = z.object({
  committeeId: id,
  kind: decisionKind.optional(),
  /** Number and symbol as written: "25-QĐ/TU". */
  number: text(60),
  signedOn: isoDate,
  issuingBody: optionalText(300),
  signer: optionalText(150),
  signerTitle: optionalText(150),
  summary: multilineText(4000),
});

export const membershipFields = z.object({
  personId: id,
  committeeId: id,
  role: roleCode,
  /** The position written in the decision. */
  position: optionalText(300),
  /** Assigned tasks (nhiệm vụ được phân công). */
  duty: multilineText(DUTY_MAX_LENGTH),
  fromDate: isoDate,
  /** Exclusive: the first day off the roster. */
  toDate: isoDate.nullish(),
  decisionId: id.nullish(),
  endDecisionId: id.nullish(),
});

/** A person created with the reconstitution that appoints them: name, position, organisation. */
export const newPersonFields = z
  .object({ fullName: text(150), position: optionalText(300), organisation: optionalText(300) })
  .strict();

/**
 * One reconstitution (kiện toàn): the decision (an existing one, or a new one written with it),
 * the day it takes effect (default: the decision's date), the memberships it ends, those it
 * changes (ended and started again with the new role, position or duty, so the past roster
 * keeps the past title) and the people it appoints. preview and apply take the same input.
 */
export const reconstitution = z
  .object({
    committeeId: id,
    decision: z.union([z.object({ id }).strict(), decisionFields.omit({ committeeId: true }).strict()]),
    effectiveDate: isoDate.optional(),
    end: z.array(z.object({ membershipId: id }).strict()).max(500).default([]),
    change: z
      .array(
        z
          .object({ membershipId: id, role: roleCode.optional(), position: optionalText(300), duty: multilineText(DUTY_MAX_LENGTH) })
          .strict(),
      )
      .max(500)
      .default([]),
    add: z
      .array(
        z
          .object({
            /** A person of the directory… */
            personId: id.optional(),
            /** …or one not yet in it, created in the same transaction. */
            newPerson: newPersonFields.optional(),
            role: roleCode,
            position: optionalText(300),
            duty: multilineText(DUTY_MAX_LENGTH),
          })
          .strict()
          .refine((a) => (a.personId === undefined) !== (a.newPerson === undefined), { message: 'person_or_new', path: ['personId'] }),
      )
      .max(500)
      .default([]),
  })
  .strict();
