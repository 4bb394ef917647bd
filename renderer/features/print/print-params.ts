// What the action documents' print routes read from the address.

/** A positive whole number, else null (the page does not exist). */
export function positiveId(v: string | undefined): number | null {
  return v !== undefined && /^[1-9]\d{0,15}$/.test(v) ? Number(v) : null;
}

/** `asOf` when the address gives one; an impossible date goes to the core, which refuses it for the clerk to see. */
export function printAsOf(p: URLSearchParams): { asOf?: string } {
  const asOf = p.get('asOf');
  return asOf ? { asOf } : {};
}
