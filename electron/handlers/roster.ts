import { createCommittee, getCommittee, listCommittees, updateCommittee } from '../../db/committees.js';
import { deleteCommittee, deletePerson } from '../../db/delete-records.js';
import { listPeople } from '../../db/people-list.js';
import { createPerson, getPerson, updatePerson } from '../../db/people.js';
import { getRoster } from '../../db/roster.js';
import { todayOf } from './context.js';
import { defineHandlers } from './define.js';

/** The roster domain: committees, people and who sits on which committee when. */
export const rosterHandlers = defineHandlers({
  'committees.list': async (input, ctx) => listCommittees(ctx.archive.db, input, await todayOf(ctx)),
  'committees.get': async (input, ctx) => getCommittee(ctx.archive.db, input.id, await todayOf(ctx)),
  'committees.create': async (input, ctx) => createCommittee(ctx.archive.db, input, ctx.actor, await todayOf(ctx)),
  'committees.update': async ({ id, ...patch }, ctx) => updateCommittee(ctx.archive.db, id, patch, ctx.actor, await todayOf(ctx)),
  'committees.delete': async (input, ctx) => {
    await deleteCommittee(ctx.archive.db, input.id, ctx.actor);
    return null;
  },

  'people.list': (input, ctx) => listPeople(ctx.archive.db, input),
  'people.get': (input, ctx) => getPerson(ctx.archive.db, input.id),
  'people.create': (input, ctx) => createPerson(ctx.archive.db, input, ctx.actor),
  'people.update': ({ id, ...patch }, ctx) => updatePerson(ctx.archive.db, id, patch, ctx.actor),
  'people.delete': async (input, ctx) => {
    await deletePerson(ctx.archive.db, input.id, ctx.actor);
    return null;
  },

  'roster.get': async (input, ctx) => getRoster(ctx.archive.db, input.committeeId, input.asOf ?? (await todayOf(ctx))),
});
