import {
  createDecision,
  deleteDecision,
  getDecision,
  listDecisions,
  updateDecision,
} from '../../db/decisions.js';
import { createMembership, deleteMembership, endMembership, getMembership, updateMembership } from '../../db/memberships.js';
import { defineHandlers } from './define.js';

/** Memberships and the decisions that make and end them. */
export const membershipHandlers = defineHandlers({
  'memberships.get': (input, ctx) => getMembership(ctx.archive.db, input.id),
  'memberships.create': (input, ctx) => createMembership(ctx.archive.db, input, ctx.actor),
  'memberships.update': ({ id, ...patch }, ctx) => updateMembership(ctx.archive.db, id, patch, ctx.actor),
  'memberships.end': (input, ctx) => endMembership(ctx.archive.db, input.id, input.toDate, input.endDecisionId, ctx.actor),
  'memberships.delete': async (input, ctx) => {
    await deleteMembership(ctx.archive.db, input.id, ctx.actor);
    return null;
  },

  'decisions.list': (input, ctx) => listDecisions(ctx.archive.db, input),
  'decisions.get': (input, ctx) => getDecision(ctx.archive.db, input.id),
  'decisions.create': (input, ctx) => createDecision(ctx.archive.db, input, ctx.actor),
  'decisions.update': ({ id, ...patch }, ctx) => updateDecision(ctx.archive.db, id, patch, ctx.actor),
  'decisions.delete': async (input, ctx) => {
    await deleteDecision(ctx.archive.db, input.id, ctx.actor);
    return null;
  },
});
