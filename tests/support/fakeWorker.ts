/**
 * A Worker stand-in for the worker kit's page side (WorkerPort), connected to a real worker side: the kit's
 * serveRequests or serveStream runs on a fake WorkerScope, and every message in either direction goes
 * through structuredClone with its transfer list, as postMessage does (so a transferred buffer is detached
 * on the sending side, and a value that cannot be cloned throws). Messages wait in two queues until the test
 * delivers them, so the order of events is the test's to choose; `auto` delivers them on a timer instead.
 */
import type { FromWorker, ToWorker, WorkerPort, WorkerScope } from '../../renderer/src/workers/protocol';

export class FakeWorker<R, T, P = never> implements WorkerPort<R, T, P> {
  onmessage: ((event: MessageEvent<FromWorker<T, P>>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  /** Every message the page posted, in order (as sent, before cloning). */
  readonly posted: ToWorker<R>[] = [];
  /** Every message the worker posted, as the page would receive it. */
  readonly answered: FromWorker<T, P>[] = [];
  private readonly toWorker: ToWorker<R>[] = [];
  private readonly toPage: FromWorker<T, P>[] = [];
  private readonly scope: WorkerScope<R>;

  constructor(
    serve: (scope: WorkerScope<R>) => void,
    private readonly auto = false,
  ) {
    this.scope = {
      onmessage: null,
      postMessage: (message, transfer) => {
        this.toPage.push(structuredClone(message, { transfer }) as FromWorker<T, P>);
        if (this.auto) setTimeout(() => this.deliverToPage(), 0);
      },
    };
    serve(this.scope);
  }

  postMessage(message: ToWorker<R>): void {
    this.posted.push(message);
    this.toWorker.push(structuredClone(message));
    if (this.auto) setTimeout(() => this.deliverToWorker(), 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** The worker handles the oldest message it was sent (nothing once terminated). */
  deliverToWorker(): void {
    const message = this.toWorker.shift();
    if (message === undefined || this.terminated) return;
    this.scope.onmessage?.({ data: message } as MessageEvent<ToWorker<R>>);
  }

  /**
   * The page receives every message the worker has posted so far; none from a terminated worker, unless
   * `late` (a message already on its way when the worker was stopped).
   */
  deliverToPage(late = false): void {
    while (this.toPage.length > 0 && (late || !this.terminated)) {
      const data = this.toPage.shift()!;
      this.answered.push(data);
      this.onmessage?.({ data } as MessageEvent<FromWorker<T, P>>);
    }
  }

  /** The script failed to load or the worker crashed, as Chromium reports it. */
  fail(message: string): { defaultPrevented: boolean } {
    const event = {
      message,
      defaultPrevented: false,
      preventDefault() {
        event.defaultPrevented = true;
      },
    };
    this.onerror?.(event as unknown as ErrorEvent);
    return event;
  }
}

/** Lets timers and promise callbacks run (the kit's page fallback, decoding and stream draining). */
export const settle = (ms = 5) => new Promise<void>((done) => setTimeout(done, ms));
