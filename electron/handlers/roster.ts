import { createCommittee, getCommittee, listCommittees, updateCommittee } from '../../db/committees.js';
import { listPeople } from '../../db/people-list.js';
import { createPerson, getPerson, updatePerson } from '../../db/people.js';
import { getRoster } from '../../db/roster.js';
import { defineHandlers } from './define.js';

/** The roster domain: committees, people and who sits on which committee when. */
export const rosterHandlers = defineHandlers({
  'committees.list': (input, ctx) => listCommittees(ctx.archive.db, input),
  'committees.get': (input, ctx) => getCommittee(ctx.archive.db, input.id),
  'committees.create': (input, ctx) => createCommittee(ctx.archive.db, input, ctx.actor),
  'committees.update': ({ id, ...patch }, ctx) => updateCommittee(ctx.archive.db, id, patch, ctx.actor),

  'people.list': (input, ctx) => listPeople(ctx.archive.db, input),
  'people.get': (input, ctx) => getPerson(ctx.archive.db, input.id),
  'people.create': (input, ctx) => createPerson(ctx.archive.db, input, ctx.actor),
  'people.update': ({ id, ...patch }, ctx) => updatePerson(ctx.archive.db, id, patch, ctx.actor),

  'roster.get': (input, ctx) => getRoster(ctx.archive.db, input.committeeId, input.asOf),
});
