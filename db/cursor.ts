import { ArchiveError } from './errors.js';

/** Reads a keyset cursor (a JSON array made by the list that returned it). */
export function readCursor<T extends unknown[]>(cursor: string, isValid: (value: unknown[]) => value is T): T {
  let value: unknown;
  try {
    value = JSON.parse(cursor);
  } catch {
    value = undefined;
  }
  if (Array.isArray(value) && isValid(value)) return value;
  throw new ArchiveError('CONFLICT', 'The cursor does not belong to this list: start again from the first page', {
    field: 'cursor',
  });
}
