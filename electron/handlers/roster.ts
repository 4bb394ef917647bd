import { createCommittee, getCommittee, listCommittees, updateCommittee } from '../../db/committees.js';
import { createPerson, getPerson, listPeople, updatePerson } from '../../db/people.js';
import { deleteCommittee, deletePerson } from '../../db/delete-records.js';
import { getRoster } from '../../db/roster.js';
import { defineHandlers } from './define.js';

/** The roster domain: committees, people and who sits on which committee when. */
export const rosterHandlers = defineHandlers({
  'committees.list': (_input, ctx) => listCommittees(ctx.archive.db),
  'committees.get': (input, ctx) => getCommittee(ctx.archive.db, input.id),
  'committees.create': (input, ctx) => createCommittee(ctx.archive.db, input, ctx.actor),
  'committees.update': ({ id, ...patch }, ctx) => updateCommittee(ctx.archive.db, id, patch, ctx.actor),
  'committees.delete': async (input, ctx) => {
    await deleteCommittee(ctx.archive.db, input.id, ctx.actor);
    return null;
  },

  'people.list': (input, ctx) => listPeople(ctx.archive.db, input.query),
  'people.get': (input, ctx) => getPerson(ctx.archive.db, input.id),
  'people.create': (input, ctx) => createPerson(ctx.archive.db, input, ctx.actor),
  'people.update': ({ id, ...patch }, ctx) => updatePerson(ctx.archive.db, id, patch, ctx.actor),
  'people.delete': async (input, ctx) => {
    await deletePerson(ctx.archive.db, input.id, ctx.actor);
    return null;
  },

  'roster.get': (input, ctx) => getRoster(ctx.archive.db, input.committeeId, input.asOf),
});
