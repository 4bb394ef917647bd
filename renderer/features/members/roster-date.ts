import { useSyncExternalStore } from 'react';

// The date the clerk chose for the roster ("as of"), kept while the clerk moves between
// screens: one small store for the tab (sessionStorage), so that leaving the roster for a
// person's history and coming back finds the same date. null: today (the main side's).

const KEY = 'minutebook.rosterDate';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    const value = sessionStorage.getItem(KEY);
    return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
  } catch {
    return null;
  }
}

let current: string | null = read();

export function setRosterDate(date: string | null): void {
  if (date === current) return;
  current = date;
  try {
    if (date) sessionStorage.setItem(KEY, date);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the date still holds for this page's life.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The chosen roster date (YYYY-MM-DD) or null for today. */
export function useRosterDate(): string | null {
  return useSyncExternalStore(subscribe, () => current);
}
