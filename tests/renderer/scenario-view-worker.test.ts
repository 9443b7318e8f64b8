/**
 * The heavy-scenario path (issue 10, item 4) without a browser: what the worker sends (pack + transfer)
 * and what the page rebuilds (unpackGently + shared regimen marks) must equal scenarioView run directly,
 * the independent truth; stale answers are dropped and Cancel stops the worker. The worker is faked by a
 * function that runs the real worker steps, so this proves the protocol, not Chromium's Worker.
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenarioText, type Scenario } from '../../sim';
import { FREEZE_FIXTURES, freezeFixtureText } from '../fixtures/freezeFixtures';
import { scenarioView, type ScenarioView } from '../../sim/view/scenarioView';
import { pack, unpack } from '../../renderer/src/view/pack';
import { unpackView } from '../../renderer/src/view/useScenarioView';
import { sentMetrics, viewMessage } from '../../renderer/src/view/viewMessage';
import { computeMetrics } from '../../renderer/src/metrics/computeMetrics';
import { LatestRunner, type Shown } from '../../renderer/src/workers/latestRunner';
import { serveRequests, type WorkerScope } from '../../renderer/src/workers/protocol';
import { transferables } from '../../renderer/src/workers/transfer';
import { FakeWorker, settle } from '../support/fakeWorker';
import { isHeavy, viewWork } from '../../renderer/src/view/work';
import { peakIndex } from '../../renderer/src/plot/peaks';

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

/** The view worker's side, as scenarioView.worker.ts serves it, behind a fake port (tests/support/fakeWorker). */
const serveView = (scope: WorkerScope<Scenario>) =>
  serveRequests<Scenario, unknown>(scope, (scenario) => pack(scenarioView(scenario)), transferables);

/** The page side as useScenarioView sets it up: unpackView, a stale run stopped at once, no page fallback. */
function runner() {
  const workers: FakeWorker<Scenario, unknown>[] = [];
  const outcomes: Shown<Scenario, ScenarioView>[] = [];
  const r = new LatestRunner<Scenario, ScenarioView, unknown>({
    createWorker: () => {
      const w = new FakeWorker<Scenario, unknown>(serveView);
      workers.push(w);
      return w;
    },
    decode: unpackView,
    cancelAfterMs: 0,
    show: (shown) => outcomes.push(shown),
  });
  /** Worker `i` computes the oldest request it was sent, and the page reads the answer. */
  const answer = (i: number, late = false) => {
    workers[i]!.deliverToWorker();
    workers[i]!.deliverToPage(late);
  };
  return { r, workers, outcomes, answer };
}

describe('scenario view through the worker protocol', () => {
  it('pack then unpack gives back exactly scenarioView', () => {
    const scenario = longScenario();
    const direct = scenarioView(scenario);
    const packed = structuredClone(pack(scenarioView(scenario)));
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(direct).length);
    expect(unpack(packed)).toEqual(direct);
  });

  it('calendar dose marks (string ids, a planned time present but undefined, null) are packed and come back exactly', () => {
    const marks = Array.from({ length: 1000 }, (_, k) => ({
      regimenIndex: 0,
      number: k + 1,
      regularIndex: null,
      extraIndex: k % 3 === 0 ? k : null,
      timeH: k * 8,
      amountUg: 90,
      fatG: 12.5,
      missed: k % 7 === 0,
      doseId: k % 11 === 0 ? `added/${k}` : `2026-03-${String(1 + (k % 28)).padStart(2, '0')}#${k % 3}/0`,
      plannedTimeH: k % 5 === 0 ? k * 8 - 2 : undefined,
    }));
    const packed = structuredClone(pack({ doseMarks: marks })) as { doseMarks: { columns: unknown[] } };
    // Packed into columns, not cloned record by record.
    expect(Array.isArray(packed.doseMarks)).toBe(false);
    expect(packed.doseMarks.columns).toHaveLength(10);
    // toStrictEqual: a field present with undefined stays present, as structured clone would keep it.
    expect(unpack(packed)).toStrictEqual({ doseMarks: marks });
    // Mixed kinds in one field travel as they are.
    const mixed = marks.map((m, k) => ({ ...m, doseId: k === 500 ? 7 : m.doseId }));
    expect(Array.isArray((pack({ mixed }) as { mixed: unknown }).mixed)).toBe(true);
  });

  it('the runner delivers a view equal to scenarioView (marks shared, result lists lazy)', async () => {
    const scenario = longScenario();
    const { r, outcomes, answer } = runner();
    r.submit(scenario);
    answer(0);
    while (outcomes.length === 0) await settle(20);
    const outcome = outcomes[0]!;
    expect(outcome.kind).toBe('result');
    if (outcome.kind !== 'result') return;
    expect(outcome.resultFor).toBe(scenario);
    const view = outcome.result;
    const direct = scenarioView(scenario);
    expect(view.doseMarks).toEqual(direct.doseMarks);
    for (const [i, regimen] of view.regimens.entries()) {
      // The same mark objects as in doseMarks, as scenarioView builds them.
      expect(regimen.doses[0]).toBe(view.doseMarks.find((m) => m.regimenIndex === regimen.index));
      expect(regimen.doses).toEqual(direct.regimens[i]!.doses);
      expect(regimen.result.intakes).toEqual(direct.regimens[i]!.result.intakes);
    }
    expect(view).toEqual(direct);
  });

  it("the heavy view's message carries the metrics of its own runs: those the metrics worker computes (issue 16 §6)", async () => {
    const scenario = longScenario();
    const view = await unpackView(structuredClone(viewMessage(scenario)));
    const sent = sentMetrics(view);
    expect(sent).not.toBeNull();
    expect(sent).toEqual(computeMetrics(scenario));
    expect(sent!.rows.length).toBe(scenario.regimens.length * 2);
    // A view computed on the page carries none (its metrics come from the metrics worker).
    expect(sentMetrics(scenarioView(scenario))).toBeNull();
  });

  it("the view's message carries each series' peak (the first highest value), kept with the unpacked values", async () => {
    const scenario = longScenario();
    const message = structuredClone(viewMessage(scenario)) as { peaks: Record<string, number> };
    const sent = { ...message.peaks };
    const view = await unpackView(message);
    expect(Object.keys(sent).sort()).toEqual(view.series.map((s) => s.key).sort());
    for (const s of view.series) {
      // Independently: the highest value by reduce, then its first index.
      const top = s.values.reduce((a, b) => Math.max(a, b), -Infinity);
      expect(sent[s.key]).toBe(s.values.indexOf(top));
      expect(peakIndex(s.values)).toBe(sent[s.key]);
    }
    expect('peaks' in message).toBe(false);
  });

  it('a newer request makes the older one stale: its worker is stopped and its answer never arrives', async () => {
    const { r, workers, outcomes, answer } = runner();
    const first = longScenario();
    const second = { ...longScenario(), horizonDays: 30 };
    r.submit(first);
    workers[0]!.deliverToWorker(); // computed, its answer on the way
    r.submit(second);
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.deliverToPage(true); // late answer from the stopped worker
    answer(1);
    while (outcomes.length === 0) await settle(20);
    await settle(50);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.kind === 'result' && outcomes[0]!.result.scenario.horizonDays).toBe(30);
  });

  it('Cancel stops the worker and nothing is delivered', async () => {
    const { r, workers, outcomes } = runner();
    r.submit(longScenario());
    workers[0]!.deliverToWorker();
    r.cancel();
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.deliverToPage(true);
    await settle(50);
    expect(outcomes).toEqual([]);
  });

  it('a worker that stops says so in words, for the request it was on', () => {
    const { r, workers, outcomes } = runner();
    const scenario = longScenario();
    r.submit(scenario);
    workers[0]!.fail('');
    expect(outcomes).toEqual([
      { kind: 'error', error: 'The calculation stopped unexpectedly.', errorFor: scenario },
    ]);
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

  it("counts a calendar schedule's doses as its slots on every day, as the view expands them", () => {
    const parsed = parseScenarioText(freezeFixtureText(FREEZE_FIXTURES['nine-regimens-3-slots']!()));
    if (!parsed.ok) throw new Error(parsed.error);
    const scenario = { ...parsed.scenario, horizonDays: 60 };
    // The doses the view really has: nine regimens of three daily slots over 60 days.
    const expanded = scenarioView(scenario).doseMarks.length;
    expect(expanded).toBeGreaterThanOrEqual(9 * 3 * 60);
    // The estimate is an upper bound (each slot on the horizon's last day too), never a third of it.
    const counted = viewWork(scenario).doses;
    expect(counted).toBeGreaterThanOrEqual(expanded);
    expect(counted).toBeLessThanOrEqual(expanded + 9 * 3 * 2);
  });
});
