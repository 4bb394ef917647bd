// Saves still running after the minutes' screen was left (the autosave's last flush on unmount):
// a screen opening the same minutes waits for them before reading, so it never starts from a
// revision that save is about to replace.

const running = new Map<number, Set<Promise<unknown>>>();

/** Tracks a save of these minutes until it settles (success or failure). */
export function trackSave(meetingId: number, save: Promise<unknown>): void {
  const set = running.get(meetingId) ?? new Set();
  running.set(meetingId, set);
  set.add(save);
  const done = () => {
    set.delete(save);
    if (set.size === 0) running.delete(meetingId);
  };
  save.then(done, done);
}

/** Resolves once every tracked save of these minutes has settled. */
export async function savesSettled(meetingId: number): Promise<void> {
  while (running.get(meetingId)?.size) await Promise.allSettled([...(running.get(meetingId) ?? [])]);
}
