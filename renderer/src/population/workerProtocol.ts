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

/**
 * One request to a fresh worker, off the main thread, and the worker closed after: for one-off jobs such as an
 * export. Where a worker cannot start or load (file://, tests without workers), `computeHere` runs instead.
 */
export async function runOnceInWorker<R, T>(
  createWorker: () => Worker,
  request: R,
  computeHere: (request: R) => T,
): Promise<T> {
  let worker: Worker;
  try {
    worker = createWorker();
  } catch {
    return computeHere(request);
  }
  try {
    return await new Promise<T>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WorkerResponse<T>>) => {
        if (event.data.ok) resolve(event.data.result);
        else reject(new Error(event.data.error));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        // The worker did not load: the same job here, after the current frame.
        setTimeout(() => {
          try {
            resolve(computeHere(request));
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        }, 0);
      };
      const message: WorkerRequest<R> = { id: 1, request };
      worker.postMessage(message);
    });
  } finally {
    worker.terminate();
  }
}
