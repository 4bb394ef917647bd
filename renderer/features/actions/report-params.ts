// The report's print view, `#/print/report?committee=1&asOf=2021-06-30`: its address from the
// screens that open it, and its input from the address.

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export interface ReportAsk {
  committeeId?: number;
  asOf?: string;
}

export function reportHref({ committeeId, asOf }: ReportAsk): string {
  const p = new URLSearchParams();
  if (committeeId) p.set('committee', String(committeeId));
  if (asOf) p.set('asOf', asOf);
  const query = p.toString();
  return query ? `/print/report?${query}` : '/print/report';
}

/** A committee that is not a positive whole number is left out; a date that is not ISO-shaped too. */
export function reportAskFrom(p: URLSearchParams): ReportAsk {
  const ask: ReportAsk = {};
  const committee = p.get('committee');
  if (committee && /^[1-9]\d{0,15}$/.test(committee)) ask.committeeId = Number(committee);
  const asOf = p.get('asOf');
  if (asOf && ISO.test(asOf)) ask.asOf = asOf;
  return ask;
}
