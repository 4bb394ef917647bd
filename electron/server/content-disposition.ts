import { safeFileName } from '../contract.js';

/**
 * A Content-Disposition header for a stored file: the name made safe (no path parts, control
 * or bidirectional characters), as a plain ASCII fallback and as UTF-8 per RFC 5987/6266
 * (`filename*=UTF-8''…`, every byte outside the RFC's attr-char percent-encoded).
 */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const safe = safeFileName(name);
  const ascii = safe.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
