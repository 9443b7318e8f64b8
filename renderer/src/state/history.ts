/**
 * Undo/redo history, pure and generic: the scenario store keeps one of these and records every edit.
 * A slider drag sends dozens of edits; consecutive edits of the same control (same coalesce key) that
 * arrive within COALESCE_MS of each other merge into one undo step, so one drag is one undo.
 */

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** Coalesce key of the last recorded edit (null: the next edit always starts a new step). */
  lastKey: string | null;
  /** When the last edit was recorded (ms, any monotonic clock); used only for coalescing. */
  lastAtMs: number;
}

/** Edits of one control closer together than this merge into one undo step. */
export const COALESCE_MS = 500;
/** Oldest steps are dropped beyond this many. */
export const MAX_UNDO_STEPS = 200;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null, lastAtMs: -Infinity };
}

export interface RecordOptions {
  /** Same key as the previous edit and within `windowMs`: merge. Omit for edits that are always a step. */
  coalesceKey?: string | null;
  atMs: number;
  /** Longest pause between merged edits; Infinity for a key that names one gesture (one slider drag). */
  windowMs?: number;
}

/**
 * Records `next` as the new present. Returns `history` itself when `next` is the present (a no-op edit
 * makes no undo step). Any new edit clears the redo future.
 */
export function record<T>(
  history: History<T>,
  next: T,
  { coalesceKey = null, atMs, windowMs = COALESCE_MS }: RecordOptions,
): History<T> {
  if (Object.is(next, history.present)) return history;
  const merge =
    coalesceKey !== null && coalesceKey === history.lastKey && atMs - history.lastAtMs <= windowMs;
  if (merge) return { ...history, present: next, future: [], lastAtMs: atMs };
  return {
    past: [...history.past, history.present].slice(-MAX_UNDO_STEPS),
    present: next,
    future: [],
    lastKey: coalesceKey,
    lastAtMs: atMs,
  };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (history.past.length === 0) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous as T,
    future: [history.present, ...history.future],
    lastKey: null,
    lastAtMs: -Infinity,
  };
}

export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  const [next, ...future] = history.future;
  return {
    past: [...history.past, history.present].slice(-MAX_UNDO_STEPS),
    present: next as T,
    future,
    lastKey: null,
    lastAtMs: -Infinity,
  };
}

export const canUndo = <T>(history: History<T>): boolean => history.past.length > 0;
export const canRedo = <T>(history: History<T>): boolean => history.future.length > 0;
