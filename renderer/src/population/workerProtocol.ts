/** The message shapes between a "newest request only" hook and its worker (see useLatestWorker). */
export interface WorkerRequest<R> {
  id: number;
  request: R;
}

export type WorkerResponse<T> =
  { id: number; ok: true; result: T; elapsedMs: number } | { id: number; ok: false; error: string };

/** The part of a dedicated worker's global scope this needs (typed here so pages need no webworker lib). */
export interface WorkerScope<R> {
  onmessage: ((event: MessageEvent<WorkerRequest<R>>) => void) | null;
  postMessage: (message: unknown, transfer: Transferable[]) => void;
}

/**
 * Runs `compute` for each message inside a worker, timing it there (performance.now(), so the figure is the
 * worker's own work, without message passing), and posts the result back with the buffers it may transfer.
 */
export function serveRequests<R, T>(
  scope: WorkerScope<R>,
  compute: (request: R) => T,
  transferables: (result: T) => Transferable[] = () => [],
): void {
  scope.onmessage = (event: MessageEvent<WorkerRequest<R>>) => {
    const { id, request } = event.data;
    let response: WorkerResponse<T>;
    let transfer: Transferable[] = [];
    try {
      const startMs = performance.now();
      const result = compute(request);
      response = { id, ok: true, result, elapsedMs: performance.now() - startMs };
      transfer = transferables(result);
    } catch (e) {
      response = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    scope.postMessage(response, transfer);
  };
}
