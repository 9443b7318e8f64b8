/**
 * "Only the newest request matters", as a small state machine without React or workers so it can be tested:
 * at most one request is in flight; while it runs only the newest waits (a fast slider drag never builds a
 * queue); an answer to a request that has been superseded is dropped, never shown; and a request that has run
 * `cancelAfterMs` or longer when a newer one arrives is cancelled (the caller terminates its worker): 0 cancels
 * at once (the heavy view: a stale run of seconds is never worth finishing), Infinity never.
 */
export interface Outgoing<R> {
  id: number;
  request: R;
}

export type SubmitAction<R> =
  | { kind: 'send'; message: Outgoing<R> }
  | { kind: 'cancel-and-send'; message: Outgoing<R> }
  | { kind: 'queued' };

export interface ReceiveAction<R> {
  /** True when the answer belongs to the newest request and may be shown. */
  apply: boolean;
  /** The request the answer was for (null for an unknown id). */
  request: R | null;
  /** The request to send next, if one was waiting. */
  next: Outgoing<R> | null;
}

export class LatestOnly<R> {
  private nextId = 0;
  private inFlight: { id: number; request: R; sentAtMs: number } | null = null;
  private waiting: R | null = null;
  private newest: R | null = null;

  constructor(private readonly cancelAfterMs: number) {}

  /** A new request at time `nowMs`: send it, queue it behind the one in flight, or cancel that one for it. */
  submit(request: R, nowMs: number): SubmitAction<R> {
    // The same request again is already on its way. Back to the one in flight (A, B, then A again: an undo)
    // makes its answer the one to show, and the one waiting superseded.
    if (this.inFlight?.request === request) {
      this.newest = request;
      this.waiting = null;
      return { kind: 'queued' };
    }
    if (this.waiting === request) return { kind: 'queued' };
    this.newest = request;
    if (this.inFlight === null) return { kind: 'send', message: this.send(request, nowMs) };
    if (nowMs - this.inFlight.sentAtMs >= this.cancelAfterMs) {
      this.waiting = null;
      return { kind: 'cancel-and-send', message: this.send(request, nowMs) };
    }
    this.waiting = request;
    return { kind: 'queued' };
  }

  /** The answer to message `id` arrived at `nowMs`. */
  receive(id: number, nowMs: number): ReceiveAction<R> {
    if (this.inFlight === null || this.inFlight.id !== id) return { apply: false, request: null, next: null };
    const { request } = this.inFlight;
    this.inFlight = null;
    const waiting = this.waiting;
    this.waiting = null;
    return {
      apply: request === this.newest,
      request,
      next: waiting === null ? null : this.send(waiting, nowMs),
    };
  }

  /** Forget everything (the worker was terminated or the feature switched off). */
  reset(): void {
    this.inFlight = null;
    this.waiting = null;
    this.newest = null;
  }

  private send(request: R, nowMs: number): Outgoing<R> {
    const id = ++this.nextId;
    this.inFlight = { id, request, sentAtMs: nowMs };
    return { id, request };
  }
}
