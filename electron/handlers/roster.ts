import { createCommittee, getCommittee, listCommittees, moveCommittee, updateCommittee } from '../../db/committees.js';
import { listRoles, setRoles } from '../../db/committee-roles.js';
import { deleteCommittee } from '../../db/delete-records.js';
import { auditHistory, committeeHistory } from '../../db/history.js';
import { applyReconstitution, previewReconstitution } from '../../db/reconstitution.js';
import { getRoster } from '../../db/roster.js';
import { todayOf } from './context.js';
import { defineHandlers } from './define.js';

/** The roster domain: committees (a tree, their roles and history), the roster as of a day, reconstitution. */
export const rosterHandlers = defineHandlers({
  'committees.list': async (input, ctx) => listCommittees(ctx.archive.db, input, await todayOf(ctx)),
  'committees.get': async (input, ctx) => getCommittee(ctx.archive.db, input.id, await todayOf(ctx)),
  'committees.create': async (input, ctx) => createCommittee(ctx.archive.db, input, ctx.actor, await todayOf(ctx)),
  'committees.update': async ({ id, ...patch }, ctx) => updateCommittee(ctx.archive.db, id, patch, ctx.actor, await todayOf(ctx)),
  'committees.move': async (input, ctx) => moveCommittee(ctx.archive.db, input.id, input.parentCommitteeId, ctx.actor, await todayOf(ctx)),
  'committees.delete': async (input, ctx) => {
    await deleteCommittee(ctx.archive.db, input.id, ctx.actor);
    return null;
  },
  'committees.roles': (input, ctx) => listRoles(ctx.archive.db, input.committeeId),
  'committees.setRoles': (input, ctx) => setRoles(ctx.archive.db, input.committeeId, input.roles, ctx.actor),
  'committees.history': (input, ctx) => committeeHistory(ctx.archive.db, input.committeeId, input),

  'roster.get': async (input, ctx) => getRoster(ctx.archive.db, input.committeeId, input.asOf ?? (await todayOf(ctx))),
  'roster.reconstitution.preview': (input, ctx) => previewReconstitution(ctx.archive.db, input),
  'roster.reconstitution.apply': (input, ctx) => applyReconstitution(ctx.archive.db, input, ctx.actor),

  'audit.history': (input, ctx) => auditHistory(ctx.archive.db, input.entity, input.entityId, input),
});
