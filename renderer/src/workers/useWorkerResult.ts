import { useCallback, useEffect, useRef, useState } from 'react';
import { LatestRunner, type Shown } from './latestRunner';
import type { WorkerPort } from './protocol';

/** A request running longer than this when a newer one arrives is cancelled (its worker terminated). */
export const CANCEL_AFTER_MS = 300;

export interface WorkerResultState<R, T> {
  /** The newest answer so far (null before the first one, after an error, or while switched off). */
  result: T | null;
  /** The request `result` answers. */
  resultFor: R | null;
  /** True while the shown result is not for the current request (a newer one is being computed). */
  stale: boolean;
  /** Time spent computing `result` (ms), measured inside the worker (or on the main thread as a fallback). */
  elapsedMs: number | null;
  /** The last failure, in words, or null. */
  error: string | null;
  /** The request the error is for. */
  errorFor: R | null;
  /** performance.now() when the current request was asked for, while it has no answer yet; else null. */
  startedMs: number | null;
  /** True after `cancel` until `retry` or a new request. */
  canceled: boolean;
  /** Stops the current request's work; its answer is never shown. */
  cancel: () => void;
  /** Asks for the current request again after a cancel. */
  retry: () => void;
}

export interface WorkerResultOptions<R, T, W> {
  enabled: boolean;
  /** Must keep its identity while unchanged (memoise it): a new object is a new request. */
  request: R;
  /** Read once per `enabled` period. */
  createWorker: () => WorkerPort<R, W>;
  /** See LatestRunnerOptions: the page's fallback when no worker can load. Read once. */
  computeHere?: (request: R) => T;
  /** See LatestRunnerOptions. Read once. */
  decode?: (answer: W) => T | Promise<T>;
  /** Default CANCEL_AFTER_MS; 0 stops a stale run at once, Infinity never. */
  cancelAfterMs?: number;
  /**
   * Set when the page shows how long the current request has run (`startedMs`, the heavy view's progress
   * bar). Off, `startedMs` stays null and a request costs no extra render (a slider step stays one render).
   */
  timed?: boolean;
  /**
   * Post each new request in a task of its own right after the render's, not in the render's effects: a slider
   * step's own task then neither copies the request to the worker nor waits on it (the answers). A newer request
   * before that task replaces it. Read once.
   */
  postAfterTask?: boolean;
}

/**
 * The answer to `request` from a module Web Worker while `enabled`, newest request only (LatestRunner):
 * answers to superseded requests are dropped; switching off terminates the worker, which cancels work in
 * progress. The kit's one React hook: the view, the metrics, the answers, the bands and the tornado chart.
 */
export function useWorkerResult<R, T, W = T>(options: WorkerResultOptions<R, T, W>): WorkerResultState<R, T> {
  const { enabled, request } = options;
  const [shown, setShown] = useState<Shown<R, T> | null>(null);
  const [asked, setAsked] = useState<{ request: R; startedMs: number; canceled: boolean } | null>(null);
  const settings = useRef(options);
  const runner = useRef<LatestRunner<R, T, W> | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const { createWorker, computeHere, decode, cancelAfterMs = CANCEL_AFTER_MS, timed } = settings.current;
    const asked = timed
      ? (r: R, atMs: number) => setAsked({ request: r, startedMs: atMs, canceled: false })
      : undefined;
    const r = new LatestRunner<R, T, W>({
      createWorker,
      computeHere,
      decode,
      cancelAfterMs,
      show: setShown,
      asked,
    });
    runner.current = r;
    return () => {
      r.dispose();
      runner.current = null;
      setShown(null);
    };
  }, [enabled]);

  useEffect(() => {
    if (!enabled) return;
    if (!settings.current.postAfterTask) {
      runner.current?.submit(request);
      return;
    }
    const timer = setTimeout(() => runner.current?.submit(request), 0);
    return () => clearTimeout(timer);
  }, [enabled, request]);

  // Kept while the request is the same, so a state built from them keeps its identity.
  const cancel = useCallback((): void => {
    runner.current?.cancel();
    setAsked({ request, startedMs: performance.now(), canceled: true });
  }, [request]);
  const retry = useCallback((): void => {
    setAsked({ request, startedMs: performance.now(), canceled: false });
    runner.current?.submit(request);
  }, [request]);

  const answered = shown !== null && (shown.kind === 'result' ? shown.resultFor : shown.errorFor) === request;
  const canceled = enabled && asked !== null && asked.request === request && asked.canceled;
  const startedMs = !enabled || answered || canceled || asked?.request !== request ? null : asked.startedMs;
  const base = { startedMs, canceled, cancel, retry };
  if (!enabled || shown === null)
    return {
      result: null,
      resultFor: null,
      stale: false,
      elapsedMs: null,
      error: null,
      errorFor: null,
      ...base,
    };
  if (shown.kind === 'error')
    return {
      result: null,
      resultFor: null,
      stale: false,
      elapsedMs: null,
      error: shown.error,
      errorFor: shown.errorFor,
      ...base,
    };
  return {
    result: shown.result,
    resultFor: shown.resultFor,
    stale: shown.resultFor !== request,
    elapsedMs: shown.elapsedMs,
    error: null,
    errorFor: null,
    ...base,
  };
}
