import type { Scenario } from '../../../sim';
import type { ScenarioView } from '../../../sim/view/scenarioView';
import { unpackGently } from './pack';
import type { ViewRequest, ViewResponse } from './scenarioView.worker';

/** The parts of a Worker the runner uses (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: ViewRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ViewResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type RunOutcome = { ok: true; view: ScenarioView } | { ok: false; error: string };

/**
 * One scenario view at a time in a worker. A new request makes the one before it stale: its answer is
 * dropped when it arrives, and the busy worker is terminated so it stops using the CPU. Cancel does the
 * same without a new request. A new worker is created on demand after a terminate.
 */
export class ViewRunner {
  private worker: WorkerLike | null = null;
  private nextId = 0;
  private current: { id: number; done: (outcome: RunOutcome) => void } | null = null;

  constructor(private readonly createWorker: () => WorkerLike) {}

  /** Computes the view of `scenario`; `done` is called once, unless the request is replaced or cancelled. */
  run(scenario: Scenario, done: (outcome: RunOutcome) => void): number {
    // A worker still busy with a stale request would finish it first: stop it instead.
    if (this.current) this.stopWorker();
    const worker = this.ensureWorker();
    const id = ++this.nextId;
    this.current = { id, done };
    worker.postMessage({ id, scenario });
    return id;
  }

  /** Drops the request in flight (its answer will never be delivered) and stops its work. */
  cancel(): void {
    if (!this.current) return;
    this.current = null;
    this.stopWorker();
  }

  get busy(): boolean {
    return this.current !== null;
  }

  dispose(): void {
    this.current = null;
    this.stopWorker();
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => {
      const answer = event.data;
      const current = this.current;
      // A stale answer (an older id) is dropped: only the newest request may reach the screen.
      if (!current || answer.id !== current.id) return;
      if (!answer.ok) {
        this.current = null;
        current.done({ ok: false, error: answer.error });
        return;
      }
      // The worker sent pack(scenarioView(...)). Only the dose marks are rebuilt now, in slices; each
      // regimen's marks are the same objects, as in scenarioView (so half the allocation), and a result's
      // dose events and intakes stay packed until something reads them.
      void unpackGently(answer.view, (key) => key === 'doseMarks').then((unpacked) => {
        if (this.current !== current) return; // replaced or cancelled while unpacking
        this.current = null;
        current.done({ ok: true, view: shareRegimenMarks(unpacked as ScenarioView) });
      });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const current = this.current;
      this.current = null;
      this.stopWorker();
      current?.done({ ok: false, error: event.message || 'The calculation stopped unexpectedly.' });
    };
    this.worker = worker;
    return worker;
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}

/** Points each regimen's `doses` at its marks in `doseMarks` (time order in both, as scenarioView builds them). */
function shareRegimenMarks(view: ScenarioView): ScenarioView {
  for (const regimen of view.regimens) {
    Object.defineProperty(regimen, 'doses', {
      value: view.doseMarks.filter((mark) => mark.regimenIndex === regimen.index),
      writable: true,
      configurable: true,
      enumerable: true,
    });
  }
  return view;
}
