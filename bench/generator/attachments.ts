import crypto from 'node:crypto';
import { DAYS, isoTime } from './dates.js';
import type { GenContext } from './context.js';
import type { MeetingModel } from './meetings.js';

const CHUNK = 1024 * 1024;

/**
 * Scanned reports as BLOBs, for the backup figures: `bytes` in files of 0.5–4 MiB of
 * incompressible (pseudo-random) content, so a backup cannot shrink them.
 */
export function generateAttachments(ctx: GenContext, bytes: number): void {
  const rng = ctx.rng('attachments');
  let left = bytes;
  let id = 1;
  while (left > 0) {
    const size = Math.min(left, rng.int(512 * 1024, 4 * 1024 * 1024));
    const words = new Uint32Array(Math.ceil(size / 4));
    let x = (rng.next() * 4294967296) >>> 0 || 1;
    for (let i = 0; i < words.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      words[i] = x >>> 0;
    }
    const data = Buffer.from(words.buffer, 0, size);
    const day = rng.int(0, DAYS - 1);
    ctx.write('attachments', {
      id, fileName: `Bao-cao-tien-do-so-${id}.pdf`, mime: 'application/pdf', size,
      sha256: crypto.createHash('sha256').update(data).digest('hex'), at: isoTime(day, rng.int(0, 30000)),
    });
    for (let seq = 0; seq * CHUNK < size; seq++) ctx.write('attachmentChunks', { attachmentId: id, seq, data: data.subarray(seq * CHUNK, (seq + 1) * CHUNK) });
    ctx.attachmentIds.push(id);
    id += 1;
    left -= size;
  }
}

/**
 * Migration 0009: each attachment also linked to a meeting and to that meeting's first agenda
 * item (their own random stream, so nothing else shifts).
 */
export function linkAttachments(ctx: GenContext, meetings: MeetingModel[]): void {
  if (ctx.attachmentIds.length === 0 || meetings.length === 0) return;
  const rng = ctx.rng('attachment-meeting-links');
  const firstItem = ctx.sqlite.prepare('select id from agenda_items where meeting_id = ? order by position limit 1').pluck();
  for (const attachmentId of ctx.attachmentIds) {
    const meeting = rng.pick(meetings);
    const at = isoTime(meeting.day, 40000);
    ctx.write('meetingAttachments', { meetingId: meeting.id, attachmentId, at });
    const item = firstItem.get(meeting.id) as number | undefined;
    if (item !== undefined) ctx.write('agendaItemAttachments', { agendaItemId: item, attachmentId, at });
  }
}

/**
 * Migration 0016: one attachment in twenty also kept as a decision's replaced scan (its own
 * random stream, so nothing else shifts).
 */
export function linkPreviousScans(ctx: GenContext): void {
  const decisions = ctx.sqlite.prepare('select id, signed_on from decisions order by id').all() as Array<{ id: number; signed_on: string }>;
  if (ctx.attachmentIds.length === 0 || decisions.length === 0) return;
  const rng = ctx.rng('decision-previous-scans');
  for (const [i, attachmentId] of ctx.attachmentIds.entries()) {
    if (i % 20 !== 0) continue;
    const decision = rng.pick(decisions);
    ctx.write('decisionPreviousScans', { decisionId: decision.id, attachmentId, at: `${decision.signed_on}T03:00:00.000Z` });
  }
}
