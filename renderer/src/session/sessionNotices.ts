import { useSyncExternalStore } from 'react';

/**
 * What the session layer needs to tell the user, outside any one view: a failed recovery save, and the
 * question asked before restoring a heavy session. A tiny external store, so useSessionPersistence (inside
 * App) can raise it and <SessionBanner> (next to App, in main.tsx) shows it.
 */
export interface RestorePrompt {
  doses: number;
  points: number;
  load: () => void;
  startFresh: () => void;
}

export interface SessionNotices {
  /** Why the window was reloaded (main's crash recovery), shown once after the restore. */
  info: string | null;
  saveError: string | null;
  prompt: RestorePrompt | null;
  /** Why a `#scenario=` link the page was opened with could not be opened. */
  linkError: string | null;
}

let notices: SessionNotices = { info: null, saveError: null, prompt: null, linkError: null };
const listeners = new Set<() => void>();

export function setSessionNotices(change: Partial<SessionNotices>): void {
  notices = { ...notices, ...change };
  for (const listener of listeners) listener();
}

export function getSessionNotices(): SessionNotices {
  return notices;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSessionNotices(): SessionNotices {
  return useSyncExternalStore(subscribe, getSessionNotices);
}
