import { dueSoonDaysOf } from '../../db/actions-settings.js';
import { dashboardCounts } from '../../db/dashboard.js';
import { todayOf } from './context.js';
import { defineHandlers } from './define.js';

export const dashboardHandlers = defineHandlers({
  'dashboard.counts': async (input, ctx) => dashboardCounts(ctx.archive.db, input.asOf ?? (await todayOf(ctx)), await dueSoonDaysOf(ctx.archive.db)),
});
