import { archiveToday } from '../../db/today.js';
import { defineHandlers } from './define.js';

/** The one owner of "today": the renderer asks here and never uses its own clock for records. */
export const clockHandlers = defineHandlers({
  'clock.today': (_input, ctx) => archiveToday(ctx.archive.db, ctx.clock),
});
