import { deletePerson } from '../../db/delete-records.js';
import { personHistory } from '../../db/history.js';
import { listPeople } from '../../db/people-list.js';
import { mergePeople } from '../../db/people-merge.js';
import { createPerson, findDuplicates, getPerson, setPersonActive, updatePerson } from '../../db/people.js';
import { todayOf } from './context.js';
import { defineHandlers } from './define.js';

/** People: records, likely duplicates, merging, active or not, their roles across committees. */
export const peopleHandlers = defineHandlers({
  'people.list': (input, ctx) => listPeople(ctx.archive.db, input),
  'people.get': (input, ctx) => getPerson(ctx.archive.db, input.id),
  'people.findDuplicates': (input, ctx) => findDuplicates(ctx.archive.db, input),
  'people.create': (input, ctx) => createPerson(ctx.archive.db, input, ctx.actor),
  'people.update': async ({ id, nameCorrection, ...patch }, ctx) => updatePerson(ctx.archive.db, id, patch, ctx.actor, await todayOf(ctx), { nameCorrection }),
  'people.delete': async (input, ctx) => {
    await deletePerson(ctx.archive.db, input.id, ctx.actor);
    return null;
  },
  'people.setActive': (input, ctx) => setPersonActive(ctx.archive.db, input.id, input.active, ctx.actor),
  'people.merge': (input, ctx) => mergePeople(ctx.archive.db, input.keepId, input.mergeId, ctx.actor),
  'people.history': (input, ctx) => personHistory(ctx.archive.db, input.personId, input),
});
