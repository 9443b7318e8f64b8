/**
 * The heavy-scenario path (issue 10, item 4) without a browser: what the worker sends (pack + transfer)
 * and what the page rebuilds (unpackGently + shared regimen marks) must equal scenarioView run directly,
 * the independent truth; stale answers are dropped and Cancel stops the worker. The worker is faked by a
 * function that runs the real worker steps, so this proves the protocol, not Chromium's Worker.
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '../../sim';
import { scenarioView } from '../../sim/view/scenarioView';
import { pack, unpack } from '../../renderer/src/view/pack';
import type { ViewRequest, ViewResponse } from '../../renderer/src/view/scenarioView.worker';
import { transferables } from '../../renderer/src/view/transfer';
import { ViewRunner, type RunOutcome, type WorkerLike } from '../../renderer/src/view/viewRunner';
import { isHeavy, viewWork } from '../../renderer/src/view/work';

/** A long scenario: every list well over the packing threshold, missed and extra doses included. */
function longScenario(): Scenario {
  const s = defaultScenario();
  s.horizonDays = 150;
  s.display.compareFat = true;
  for (const r of s.regimens) {
    r.intervalH = 12;
    r.missedDoses = [3, 40, 41];
    r.extraDoses = [{ timeH: 100.5, amountUg: 50, fatG: 0 }];
  }
  return s;
}

/** A worker that answers asynchronously with exactly what scenarioView.worker.ts posts. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<ViewResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  posted: ViewRequest[] = [];
  private queue: ViewRequest[] = [];
  postMessage(message: ViewRequest): void {
    this.posted.push(message);
    this.queue.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the oldest request, as the worker would (structuredClone stands in for postMessage). */
  answerNext(): void {
    const request = this.queue.shift()!;
    const view = pack(scenarioView(request.scenario));
    const data = structuredClone(
      { id: request.id, ok: true as const, view },
      { transfer: transferables(view) },
    );
    this.onmessage?.({ data } as MessageEvent<ViewResponse>);
  }
}

function runner() {
  const workers: FakeWorker[] = [];
  const r = new ViewRunner(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { r, workers };
}

const settle = () => new Promise((done) => setTimeout(done, 50));

describe('scenario view through the worker protocol', () => {
  it('pack then unpack gives back exactly scenarioView', () => {
    const scenario = longScenario();
    const direct = scenarioView(scenario);
    const packed = structuredClone(pack(scenarioView(scenario)));
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(direct).length);
    expect(unpack(packed)).toEqual(direct);
  });

  it('the runner delivers a view equal to scenarioView (marks shared, result lists lazy)', async () => {
    const scenario = longScenario();
    const { r, workers } = runner();
    const outcomes: RunOutcome[] = [];
    r.run(scenario, (o) => outcomes.push(o));
    workers[0]!.answerNext();
    while (outcomes.length === 0) await settle();
    const outcome = outcomes[0]!;
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const direct = scenarioView(scenario);
    expect(outcome.view.doseMarks).toEqual(direct.doseMarks);
    for (const [i, regimen] of outcome.view.regimens.entries()) {
      expect(regimen.doses).toEqual(direct.regimens[i]!.doses);
      expect(regimen.result.intakes).toEqual(direct.regimens[i]!.result.intakes);
    }
    expect(outcome.view).toEqual(direct);
  });

  it('a newer request makes the older one stale: its worker is stopped and its answer never arrives', async () => {
    const { r, workers } = runner();
    const first = longScenario();
    const second = { ...longScenario(), horizonDays: 30 };
    const outcomes: RunOutcome[] = [];
    r.run(first, (o) => outcomes.push(o));
    r.run(second, (o) => outcomes.push(o));
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.answerNext(); // late answer from the stopped worker
    workers[1]!.answerNext();
    while (outcomes.length === 0) await settle();
    await settle();
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.ok && outcomes[0]!.view.scenario.horizonDays).toBe(30);
  });

  it('Cancel stops the worker and nothing is delivered', async () => {
    const { r, workers } = runner();
    const outcomes: RunOutcome[] = [];
    r.run(longScenario(), (o) => outcomes.push(o));
    r.cancel();
    expect(workers[0]!.terminated).toBe(true);
    expect(r.busy).toBe(false);
    await settle();
    expect(outcomes).toEqual([]);
  });

  it('transfers each buffer once (series share their time grid)', () => {
    const view = pack(scenarioView(longScenario()));
    const buffers = transferables(view);
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(buffers.length).toBeGreaterThan(0);
  });

  it('the default scenario is computed in place; the heavy fixture goes to the worker', () => {
    expect(isHeavy(viewWork(defaultScenario()))).toBe(false);
    const heavy = defaultScenario();
    heavy.horizonDays = 3660;
    for (const r of heavy.regimens) r.intervalH = 1;
    // Hourly for 3,660 days: 87,840 doses per regimen (the dose at exactly the horizon is outside it).
    expect(viewWork(heavy).doses).toBe(3 * 87_840);
    expect(isHeavy(viewWork(heavy))).toBe(true);
  });
});
