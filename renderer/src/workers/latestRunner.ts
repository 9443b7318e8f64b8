import { LatestOnly } from './latestOnly';
import { errorText, type FromWorker, type WorkerPort } from './protocol';

/** What the page shows for the newest request: its result, or its error in words. */
export type Shown<R, T> =
  | { kind: 'result'; result: T; resultFor: R; elapsedMs: number }
  | { kind: 'error'; error: string; errorFor: R };

export interface LatestRunnerOptions<R, T, W> {
  createWorker: () => WorkerPort<R, W>;
  /** Called with each answer that belongs to the newest request (never for a superseded or cancelled one). */
  show: (shown: Shown<R, T>) => void;
  /**
   * When a worker cannot start or load (for example from file://), the request runs here on the page after
   * the paint, from then on. Without it, that is an error for the request, and the next one tries a new worker.
   */
  computeHere?: (request: R) => T;
  /** Turns the worker's answer into the result (the view unpacks its columns in slices); identity when absent. */
  decode?: (answer: W) => T | Promise<T>;
  /** Called when a request is asked for (the hook's progress starts counting then). */
  asked?: (request: R, atMs: number) => void;
  /** A request still running after this long when a newer one arrives is stopped (its worker terminated). */
  cancelAfterMs: number;
}

/**
 * "Newest request wins" with one worker, without React (so it can be tested with a fake port): at most one
 * request in flight, only the newest waiting, answers to superseded requests dropped, and a busy worker
 * terminated when its request is stale for long (LatestOnly) or cancelled. The worker is created on demand.
 */
export class LatestRunner<R, T, W = T> {
  private readonly queue: LatestOnly<R>;
  private worker: WorkerPort<R, W> | null = null;
  /** Set once no worker could start or load and `computeHere` exists: everything runs on the page. */
  private here = false;
  private hereTimer: ReturnType<typeof setTimeout> | null = null;
  private newest: R | null = null;
  /** Bumped by cancel and dispose: an answer being decoded across one is dropped. */
  private epoch = 0;
  private disposed = false;

  constructor(private readonly options: LatestRunnerOptions<R, T, W>) {
    this.queue = new LatestOnly<R>(options.cancelAfterMs);
  }

  /** Asks for `request`'s answer; the same request object again is a no-op until it is cancelled. */
  submit(request: R): void {
    if (this.disposed) return;
    if (request === this.newest) return; // a re-render, or an effect running twice: already on its way
    this.newest = request;
    this.options.asked?.(request, performance.now());
    if (this.here) return this.runHere(request);
    const action = this.queue.submit(request, performance.now());
    if (action.kind === 'queued') return;
    if (action.kind === 'cancel-and-send') this.stopWorker(); // terminating is the only way to stop it
    const worker = this.ensureWorker();
    if (worker === null) return this.unavailable(request);
    worker.postMessage({ kind: 'run', id: action.message.id, request: action.message.request });
  }

  /** Drops the request in flight (its answer is never shown) and stops its work. */
  cancel(): void {
    this.epoch++;
    this.newest = null;
    if (this.hereTimer !== null) clearTimeout(this.hereTimer);
    this.hereTimer = null;
    this.queue.reset();
    this.stopWorker();
  }

  dispose(): void {
    this.cancel();
    this.disposed = true;
  }

  private ensureWorker(): WorkerPort<R, W> | null {
    if (this.worker) return this.worker;
    let worker: WorkerPort<R, W>;
    try {
      worker = this.options.createWorker();
    } catch (e) {
      console.warn('Worker unavailable.', e);
      return null;
    }
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      console.warn('Worker failed.', event.message);
      const request = this.newest;
      this.queue.reset();
      this.stopWorker();
      if (request !== null) this.unavailable(request, event.message);
    };
    this.worker = worker;
    return worker;
  }

  private receive(answer: FromWorker<W>): void {
    if (answer.kind === 'progress') return;
    const action = this.queue.receive(answer.id, performance.now());
    if (action.next) this.worker?.postMessage({ kind: 'run', ...action.next });
    const request = action.request;
    if (!action.apply || request === null) return;
    if (answer.kind === 'error')
      return this.options.show({ kind: 'error', error: answer.error, errorFor: request });
    const { decode } = this.options;
    if (!decode) {
      const result = answer.result as unknown as T; // W is T when there is no decode
      return this.options.show({ kind: 'result', result, resultFor: request, elapsedMs: answer.elapsedMs });
    }
    const epoch = this.epoch;
    void Promise.resolve()
      .then(() => decode(answer.result))
      .then(
        (result) => {
          // Replaced or cancelled while decoding: a newer answer is coming, or none is wanted.
          if (epoch !== this.epoch || this.newest !== request || this.disposed) return;
          this.options.show({ kind: 'result', result, resultFor: request, elapsedMs: answer.elapsedMs });
        },
        (e: unknown) => {
          if (epoch !== this.epoch || this.newest !== request || this.disposed) return;
          this.options.show({ kind: 'error', error: errorText(e), errorFor: request });
        },
      );
  }

  /** No worker for `request`: on the page from now on if the caller allows it, else an error in words. */
  private unavailable(request: R, why?: string): void {
    if (this.options.computeHere) {
      this.here = true;
      return this.runHere(request);
    }
    this.options.show({
      kind: 'error',
      error: why || 'The calculation stopped unexpectedly.',
      errorFor: request,
    });
  }

  /** After the paint, so the page answers first; a newer request replaces a waiting one. */
  private runHere(request: R): void {
    const computeHere = this.options.computeHere!;
    if (this.hereTimer !== null) clearTimeout(this.hereTimer);
    this.hereTimer = setTimeout(() => {
      this.hereTimer = null;
      if (this.disposed) return;
      try {
        const startMs = performance.now();
        const result = computeHere(request);
        this.options.show({
          kind: 'result',
          result,
          resultFor: request,
          elapsedMs: performance.now() - startMs,
        });
      } catch (e) {
        this.options.show({ kind: 'error', error: errorText(e), errorFor: request });
      }
    }, 0);
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
