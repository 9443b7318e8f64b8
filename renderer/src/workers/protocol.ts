/**
 * The one message protocol between the page and every Web Worker of the app (the view, the metrics, the
 * answers, the population bands, the sensitivity chart and the CSV stream). Each job has an id; the worker
 * answers with progress messages (a stream's chunks), then one result or one error, as values: an exception in
 * the worker never crosses as an exception. Typed arrays are transferred, not copied.
 */

/** Page -> worker: start job `id`, or (streams) let it send one more progress message. */
export type ToWorker<R> = { kind: 'run'; id: number; request: R } | { kind: 'pull'; id: number };

/** Worker -> page. `elapsedMs` is the worker's own computing time, without message passing. */
export type FromWorker<T, P = never> =
  | { kind: 'progress'; id: number; progress: P }
  | { kind: 'result'; id: number; result: T; elapsedMs: number }
  | { kind: 'error'; id: number; error: string };

/** The part of a dedicated worker's global scope the kit needs (typed here so pages need no webworker lib). */
export interface WorkerScope<R> {
  onmessage: ((event: MessageEvent<ToWorker<R>>) => void) | null;
  postMessage: (message: unknown, transfer: Transferable[]) => void;
}

/** The parts of a Worker the page side uses (tests pass a fake connected to a real WorkerScope). */
export interface WorkerPort<R, T, P = never> {
  postMessage(message: ToWorker<R>): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker<T, P>>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** An exception's message in words (a thrown non-Error as its text). */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Runs `compute` for each job inside a worker, timing it there, and posts the result back with the buffers it
 * may transfer (`transfer`, for example `transferables`).
 */
export function serveRequests<R, T>(
  scope: WorkerScope<R>,
  compute: (request: R) => T,
  transfer: (result: T) => Transferable[] = () => [],
): void {
  scope.onmessage = (event) => {
    const message = event.data;
    if (message.kind !== 'run') return;
    const { id } = message;
    let response: FromWorker<T>;
    let buffers: Transferable[] = [];
    try {
      const startMs = performance.now();
      const result = compute(message.request);
      response = { kind: 'result', id, result, elapsedMs: performance.now() - startMs };
      buffers = transfer(result);
    } catch (e) {
      response = { kind: 'error', id, error: errorText(e) };
    }
    scope.postMessage(response, buffers);
  };
}

/** Progress messages a stream may run ahead of the page: one being handled, one ready. Memory stays bounded. */
export const STREAM_WINDOW = 2;

/**
 * Serves a stream: for a job, pulls items from `start(request)` and posts each as a progress message while the
 * page has room (STREAM_WINDOW, plus one per `pull`), then a result (null) when the items run out. Each item is
 * at most a few hundred ms of work, so a `pull` or the next job is never kept waiting long.
 */
export function serveStream<R, P>(
  scope: WorkerScope<R>,
  start: (request: R) => Iterator<P>,
  transfer: (item: P) => Transferable[] = () => [],
): void {
  let job: { id: number; items: Iterator<P>; startMs: number } | null = null;
  let credits = 0;
  const pump = (): void => {
    if (job === null) return;
    const { id, items, startMs } = job;
    try {
      while (credits > 0) {
        const next = items.next();
        if (next.done) {
          job = null;
          scope.postMessage(
            {
              kind: 'result',
              id,
              result: null,
              elapsedMs: performance.now() - startMs,
            } satisfies FromWorker<null>,
            [],
          );
          return;
        }
        credits--;
        scope.postMessage(
          { kind: 'progress', id, progress: next.value } satisfies FromWorker<null, P>,
          transfer(next.value),
        );
      }
    } catch (e) {
      job = null;
      scope.postMessage({ kind: 'error', id, error: errorText(e) } satisfies FromWorker<null, P>, []);
    }
  };
  scope.onmessage = (event) => {
    const message = event.data;
    if (message.kind === 'run') {
      try {
        job = { id: message.id, items: start(message.request), startMs: performance.now() };
        credits = STREAM_WINDOW;
      } catch (e) {
        job = null;
        scope.postMessage(
          { kind: 'error', id: message.id, error: errorText(e) } satisfies FromWorker<null, P>,
          [],
        );
        return;
      }
    } else if (job !== null && message.id === job.id) credits++;
    pump();
  };
}
