import { useEffect, useRef, useState } from 'react';
import { LatestOnly } from './latestOnly';
import type { WorkerResponse } from './workerProtocol';

export interface LatestWorkerState<R, T> {
  /** The newest answer so far (null before the first one, after an error, or while switched off). */
  result: T | null;
  /** The request `result` answers. */
  resultFor: R | null;
  /** True while the shown result is not for the current request (a newer one is being computed). */
  stale: boolean;
  /** Time spent computing `result` (ms), measured inside the worker (or on the main thread as a fallback). */
  elapsedMs: number | null;
  /** The last failure, or null. */
  error: string | null;
}

/** A request running longer than this when a newer one arrives is cancelled (its worker terminated). */
export const CANCEL_AFTER_MS = 300;

type Shown<R, T> = { result: T; resultFor: R; elapsedMs: number } | { error: string } | null;

/**
 * Computes `request` in a module Web Worker while `enabled`, newest request only (LatestOnly): answers to
 * superseded requests are dropped; switching off terminates the worker, which cancels work in progress. When a
 * worker cannot start or load (for example from file://), `computeHere` runs on the main thread after the paint.
 * `request` must keep its identity while unchanged (memoise it); the factories are read once.
 */
export function useLatestWorker<R, T>(options: {
  enabled: boolean;
  request: R;
  createWorker: () => Worker;
  computeHere: (request: R) => T;
}): LatestWorkerState<R, T> {
  const { enabled, request } = options;
  const [shown, setShown] = useState<Shown<R, T>>(null);
  const create = useRef(options.createWorker);
  const computeHere = useRef(options.computeHere);
  const latest = useRef(request);
  const submit = useRef<((r: R) => void) | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const queue = new LatestOnly<R>(CANCEL_AFTER_MS);
    let disposed = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const show = (next: Shown<R, T>): void => {
      if (!disposed) setShown(next);
    };
    const runHere = (r: R): void => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        try {
          const startMs = performance.now();
          const result = computeHere.current(r);
          show({ result, resultFor: r, elapsedMs: performance.now() - startMs });
        } catch (e) {
          show({ error: e instanceof Error ? e.message : String(e) });
        }
      }, 0);
    };
    const open = (): Worker | null => {
      let w: Worker;
      try {
        w = create.current();
      } catch (e) {
        console.warn('Worker unavailable; computing on the main thread.', e);
        return null;
      }
      w.onmessage = (event: MessageEvent<WorkerResponse<T>>) => {
        const data = event.data;
        const action = queue.receive(data.id, performance.now());
        if (action.next) w.postMessage(action.next);
        if (!action.apply || action.request === null) return;
        show(
          data.ok
            ? { result: data.result, resultFor: action.request, elapsedMs: data.elapsedMs }
            : { error: data.error },
        );
      };
      w.onerror = (event) => {
        event.preventDefault();
        console.warn('Worker failed; computing on the main thread.', event.message);
        w.terminate();
        worker = null;
        queue.reset();
        runHere(latest.current);
      };
      return w;
    };
    let worker = open();
    submit.current = (r: R) => {
      if (worker === null) return runHere(r);
      const action = queue.submit(r, performance.now());
      if (action.kind === 'queued') return;
      if (action.kind === 'cancel-and-send') {
        // Terminating is the only way to stop a computation in progress.
        worker.terminate();
        worker = open();
        if (worker === null) {
          queue.reset();
          return runHere(r);
        }
      }
      worker.postMessage(action.message);
    };
    submit.current(latest.current);
    return () => {
      disposed = true;
      submit.current = null;
      worker?.terminate();
      if (timer !== null) clearTimeout(timer);
    };
  }, [enabled]);

  useEffect(() => {
    latest.current = request;
    submit.current?.(request);
  }, [request]);

  if (!enabled || shown === null)
    return { result: null, resultFor: null, stale: false, elapsedMs: null, error: null };
  if ('error' in shown)
    return { result: null, resultFor: null, stale: false, elapsedMs: null, error: shown.error };
  return {
    result: shown.result,
    resultFor: shown.resultFor,
    stale: shown.resultFor !== request,
    elapsedMs: shown.elapsedMs,
    error: null,
  };
}
