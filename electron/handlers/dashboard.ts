import { dashboardCounts } from '../../db/dashboard.js';
import { defineHandlers } from './define.js';

export const dashboardHandlers = defineHandlers({
  'dashboard.counts': (input, ctx) => dashboardCounts(ctx.archive.db, input.asOf),
});
