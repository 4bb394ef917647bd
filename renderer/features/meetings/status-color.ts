import type { MeetingStatus } from '../../../electron/contract';

/** A meeting status's badge colour, the same on every screen. */
export const STATUS_COLOR: Record<MeetingStatus, string> = { draft: 'gray', invited: 'cyan', held: 'blue', minutes_finalized: 'green', cancelled: 'red' };
