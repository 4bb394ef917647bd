import type { PrintRequest } from '../contract.js';

/** The shell's own print channel (not in the contract: browser mode prints with the browser). */
export const PRINT_CHANNEL = 'minutebook-shell:print';

export type { PrintRequest, PrintResult } from '../contract.js';

/** A print route: `?asOf=<ISO date>` (roster) or `?version=<1..6 digits>` (an earlier version of the minutes), nothing else. */
export function isPrintRequest(value: unknown): value is PrintRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { route, mode } = value as Record<string, unknown>;
  return typeof route === 'string' && /^\/print\/[a-z-]+\/\d+(\?asOf=\d{4}-\d{2}-\d{2}|\?version=[1-9]\d{0,5})?$/.test(route) && (mode === 'pdf' || mode === 'printer');
}
