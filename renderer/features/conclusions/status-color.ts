import type { ConclusionStatus } from '../../../electron/contract';

/** A notice status's badge colour, the same on every screen. */
export const CONCLUSION_STATUS_COLOR: Record<ConclusionStatus, string> = { draft: 'gray', issued: 'green', cancelled: 'red' };
