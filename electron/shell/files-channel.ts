import type { AttachmentTarget } from '../contract.js';

// The shell's file channels (not commands: the bytes never cross IPC; the core's jobs read
// and write the files on disk). The preload and the main side share these names and checks.

export const FILES_PICK_CHANNEL = 'minutebook-shell:files.pick';
export const FILES_STORE_DROPPED_CHANNEL = 'minutebook-shell:files.storeDropped';
export const FILES_SAVE_COPY_CHANNEL = 'minutebook-shell:files.saveCopy';

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;

export function isAttachmentTarget(value: unknown): value is AttachmentTarget {
  if (typeof value !== 'object' || value === null) return false;
  const entries = Object.entries(value);
  return entries.length === 1 && ['meetingId', 'agendaItemId', 'decisionId'].includes(entries[0]![0]) && isId(entries[0]![1]);
}

export { isId as isAttachmentId };
