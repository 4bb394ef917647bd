import { listMeetings } from '../../db/meetings.js';
import { defineHandlers } from './define.js';

export const meetingHandlers = defineHandlers({
  'meetings.list': (input, ctx) => listMeetings(ctx.archive.db, input),
});
