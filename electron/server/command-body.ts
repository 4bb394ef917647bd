/** Command bodies are small JSON documents; attachments will stream on their own route. */
export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_JSON_DEPTH = 64;

export type ParsedBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413; message: string };

/**
 * Whether `text` nests objects and arrays deeper than `max`: one pass over the characters,
 * skipping strings, so a hostile body is refused before JSON.parse (and zod) walk it.
 */
export function nestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** The body of a command request, as the server accepts it. The size is checked while reading. */
export function parseCommandBody(text: string): ParsedBody {
  if (text.length === 0) return { ok: true, value: {} };
  if (nestedDeeperThan(text, MAX_JSON_DEPTH)) return { ok: false, status: 400, message: `nested deeper than ${MAX_JSON_DEPTH}` };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, message: 'the body is not JSON' };
  }
}
