import { amendMinutes, finalizeMinutes, getMinutes, saveMinutes } from '../../db/minutes.js';
import { compareMinutesVersions, getMinutesVersion } from '../../db/minutes-versions.js';
import { archiveToday } from '../../db/today.js';
import type { HandlerContext } from './context.js';
import { defineHandlers } from './define.js';

/** Who writes, when, and the archive's zone and day: what every minutes write needs. */
async function writeContext(ctx: HandlerContext) {
  const { today, timeZone } = await archiveToday(ctx.archive.db, ctx.clock);
  return { today, write: { actor: ctx.actor, clock: ctx.clock, timeZone } };
}

/** Minutes: draft with autosave, finalize, amendments, versions. */
export const minutesHandlers = defineHandlers({
  'minutes.get': async (input, ctx) => getMinutes(ctx.archive.db, input.meetingId, (await archiveToday(ctx.archive.db, ctx.clock)).timeZone),
  'minutes.save': async (input, ctx) => saveMinutes(ctx.archive.db, input, (await writeContext(ctx)).write),
  'minutes.finalize': async (input, ctx) => {
    const { today, write } = await writeContext(ctx);
    return finalizeMinutes(ctx.archive.db, input.meetingId, input.expectedRevision, today, write);
  },
  'minutes.amend': async (input, ctx) => {
    const { today, write } = await writeContext(ctx);
    return amendMinutes(ctx.archive.db, input, today, write);
  },
  'minutes.version': (input, ctx) => getMinutesVersion(ctx.archive.db, input.id),
  'minutes.compare': (input, ctx) => compareMinutesVersions(ctx.archive.db, input.leftId, input.rightId),
});
