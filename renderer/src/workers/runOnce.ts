import type { FromWorker, WorkerPort } from './protocol';

/**
 * How a one-shot job ended, as a value: its result; the worker's error in words; cancelled through the signal;
 * or no worker could start or load before its first message (file:// pages, tests without workers), so the
 * caller does the job on the page its own way.
 */
export type JobOutcome<T> =
  | { kind: 'done'; result: T; elapsedMs: number }
  | { kind: 'error'; error: string }
  | { kind: 'canceled' }
  | { kind: 'unavailable' };

export interface RunOnceOptions<R, T, P> {
  createWorker: () => WorkerPort<R, T, P>;
  request: R;
  /**
   * Each progress message (a stream's chunk), in order and one at a time; the worker is told to send another
   * only after this settles (backpressure, see serveStream). An exception here ends the job and rejects.
   */
  onProgress?: (progress: P) => void | Promise<void>;
  /** Aborting terminates the worker at once; the outcome is then 'canceled'. */
  signal?: AbortSignal;
}

/**
 * One job on a fresh worker, which is terminated after it (for one-off jobs: an export, a streamed CSV). The
 * promise resolves with a JobOutcome; it rejects only with an exception thrown by `onProgress`.
 */
export function runOnce<R, T, P = never>(options: RunOnceOptions<R, T, P>): Promise<JobOutcome<T>> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.resolve({ kind: 'canceled' });
  let worker: WorkerPort<R, T, P>;
  try {
    worker = options.createWorker();
  } catch (e) {
    console.warn('Worker unavailable.', e);
    return Promise.resolve({ kind: 'unavailable' });
  }
  const id = 1;
  return new Promise<JobOutcome<T>>((resolve, reject) => {
    const waiting: P[] = [];
    let handling = false;
    let ended: JobOutcome<T> | null = null;
    let heard = false;
    let settled = false;
    const settle = (finish: () => void): void => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      finish();
    };
    const onAbort = (): void => settle(() => resolve({ kind: 'canceled' }));
    signal?.addEventListener('abort', onAbort);

    // Progress first, in order; the result only after the last progress message has been handled.
    const drain = async (): Promise<void> => {
      if (handling) return;
      handling = true;
      try {
        while (waiting.length > 0 && !settled) {
          await onProgress?.(waiting.shift()!);
          if (!settled) worker.postMessage({ kind: 'pull', id });
        }
        if (ended !== null && waiting.length === 0) {
          const outcome = ended;
          settle(() => resolve(outcome));
        }
      } catch (e) {
        settle(() => reject(e));
      } finally {
        handling = false;
      }
    };

    worker.onmessage = (event: MessageEvent<FromWorker<T, P>>) => {
      const answer = event.data;
      heard = true;
      if (answer.id !== id) return;
      if (answer.kind === 'progress') waiting.push(answer.progress);
      else if (answer.kind === 'result')
        ended = { kind: 'done', result: answer.result, elapsedMs: answer.elapsedMs };
      // An error ends the job at once: chunks still waiting belong to a job that failed.
      else return settle(() => resolve({ kind: 'error', error: answer.error }));
      void drain();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (heard) {
        settle(() => resolve({ kind: 'error', error: event.message || 'the worker stopped' }));
      } else {
        console.warn('Worker failed to load.', event.message);
        settle(() => resolve({ kind: 'unavailable' }));
      }
    };
    worker.postMessage({ kind: 'run', id, request: options.request });
  });
}
