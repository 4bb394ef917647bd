/** The shell's own print command (not in the contract: browser mode prints with the browser). */
export const PRINT_CHANNEL = 'minutebook-shell:print';

export interface PrintRequest {
  /** A print route of the renderer, e.g. "/print/roster/1". */
  route: string;
  /** 'pdf' saves with printToPDF through a save dialog; 'printer' opens the print dialog. */
  mode: 'pdf' | 'printer';
}

export function isPrintRequest(value: unknown): value is PrintRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { route, mode } = value as Record<string, unknown>;
  return typeof route === 'string' && /^\/print\/[a-z-]+\/\d+(\?asOf=\d{4}-\d{2}-\d{2})?$/.test(route) && (mode === 'pdf' || mode === 'printer');
}
