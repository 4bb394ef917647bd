/** Longer targets are refused (Node itself answers 431 past its 16 KiB header limit). */
export const MAX_TARGET_LENGTH = 4096;

/**
 * The path of an origin-form request target ("/path" or "/path?query"), or null for anything
 * else: absolute forms ("http://…"), "*", authority forms, network-path forms ("//host/…"),
 * characters outside visible ASCII, bad percent-encoding, or an overlong target.
 * Never throws: a malformed request is answered with 400, it must not end the server.
 */
export function requestPath(target: string | undefined): string | null {
  if (!target || target.length > MAX_TARGET_LENGTH) return null;
  if (!target.startsWith('/') || target.startsWith('//')) return null;
  if (!/^[\x21-\x7e]+$/.test(target)) return null;
  const q = target.indexOf('?');
  const path = q === -1 ? target : target.slice(0, q);
  const query = q === -1 ? '' : target.slice(q + 1);
  try {
    decodeURIComponent(path);
    decodeURIComponent(query);
  } catch {
    return null;
  }
  return path;
}
