import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MinutesFields, RichTextDoc } from '../../../electron/contract';
import { call } from '../../api/hooks';
import { clearBackup, writeBackup } from './draft-backup';
import { trackSave } from './pending-saves';

/** How long after the last keystroke the draft is saved. */
export const AUTOSAVE_DELAY_MS = 2000;

export type SaveState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'saved'; time: string }
  | { status: 'failed'; error: unknown };

interface Draft {
  fields: MinutesFields;
  body: RichTextDoc;
}

/**
 * Autosave of the minutes' draft: each change is kept at once in localStorage and saved to
 * the archive AUTOSAVE_DELAY_MS after the last one, naming the revision it started from (a
 * stale window is refused, never overwrites). Leaving the page (pagehide, a hidden tab)
 * saves at once.
 */
export function useAutosave(meetingId: number, startRevision: number, savedTime: string | null) {
  const client = useQueryClient();
  const revision = useRef(startRevision);
  const pending = useRef<Draft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const [state, setState] = useState<SaveState>(savedTime ? { status: 'saved', time: savedTime } : { status: 'idle' });

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    while (running.current) await running.current;
    const draft = pending.current;
    if (!draft) return;
    pending.current = null;
    setState({ status: 'saving' });
    const run = (async () => {
      try {
        const saved = await call('minutes.save', { meetingId, expectedRevision: revision.current, fields: draft.fields, body: draft.body });
        revision.current = saved.revision;
        if (!pending.current) {
          clearBackup(meetingId);
          setState({ status: 'saved', time: saved.savedTime });
        }
      } catch (error) {
        // Not saved: the change stays pending (and in localStorage) for the next attempt.
        pending.current ??= draft;
        setState({ status: 'failed', error });
      }
    })();
    running.current = run;
    await run;
    running.current = null;
  }, [meetingId]);

  const change = useCallback(
    (draft: Draft) => {
      pending.current = draft;
      writeBackup(meetingId, { revision: revision.current, ...draft });
      setState({ status: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush, meetingId],
  );

  useEffect(() => {
    const leave = () => void flush();
    const hidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
      // The screen opened next waits for this last save (pending-saves.ts), then reads afresh.
      const last = flush().then(() => client.invalidateQueries({ queryKey: ['minutes.get'] }));
      trackSave(meetingId, last);
      void last;
    };
  }, [client, flush, meetingId]);

  return { state, change, flush, revision: () => revision.current };
}
