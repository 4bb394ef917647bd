import type { MinutesFields, RichTextDoc } from '../../../electron/contract';

// The draft as last typed, kept in this browser profile's localStorage on every change: a
// closed tab, a crash or a lost connection loses no keystroke. It is offered back on reopening
// when the archive does not already hold it.

export interface DraftBackup {
  /** The archive's revision the typing started from. */
  revision: number;
  fields: MinutesFields;
  body: RichTextDoc;
}

const key = (meetingId: number) => `minutebook.minutes.draft.${meetingId}`;

export function writeBackup(meetingId: number, backup: DraftBackup): void {
  try {
    localStorage.setItem(key(meetingId), JSON.stringify(backup));
  } catch {
    // A full or disabled storage: autosave still runs; only the extra copy is missing.
  }
}

export function readBackup(meetingId: number): DraftBackup | null {
  try {
    const raw = localStorage.getItem(key(meetingId));
    const parsed = raw ? (JSON.parse(raw) as DraftBackup) : null;
    return parsed && typeof parsed.revision === 'number' && parsed.body?.type === 'doc' ? parsed : null;
  } catch {
    return null;
  }
}

export function clearBackup(meetingId: number): void {
  localStorage.removeItem(key(meetingId));
}

/** The backup differs from what the archive holds (same fields and body: nothing to offer). */
export function differs(backup: DraftBackup, fields: MinutesFields, body: RichTextDoc): boolean {
  return JSON.stringify(backup.body) !== JSON.stringify(body) || JSON.stringify(backup.fields) !== JSON.stringify(fields);
}
