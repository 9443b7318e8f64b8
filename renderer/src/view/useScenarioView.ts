import { useMemo, useState } from 'react';
import type { Scenario } from '../../../sim';
import { scenarioView, type ScenarioView } from '../../../sim/view/scenarioView';
import { useT } from '../i18n';
import type { WorkerPort } from '../workers/protocol';
import { useWorkerResult } from '../workers/useWorkerResult';
import { unpackGently } from './pack';
import { takeExtras, type ViewRequest } from './viewMessage';
import { isHeavy, viewWork, type ViewWork } from './work';

export type ScenarioViewState =
  | { status: 'ready'; view: ScenarioView; scenario: Scenario }
  | {
      status: 'working';
      work: ViewWork;
      /** performance.now() when the work started (for elapsed time); null just before it starts. */
      startedMs: number | null;
      /** The last view that was ready, shown dimmed meanwhile (null on first load). */
      previous: ScenarioView | null;
      cancel: () => void;
    }
  | { status: 'canceled'; work: ViewWork; previous: ScenarioView | null; retry: () => void }
  | { status: 'failed'; error: string; previous: ScenarioView | null };

/**
 * The worker answers viewMessage(scenario, locale): pack(scenarioView(scenario)) with draw envelopes, its labels in
 * the UI's language (viewMessage.ts).
 */
export type ViewWorkerPort = WorkerPort<ViewRequest, unknown>;

function createViewWorker(): ViewWorkerPort {
  return new Worker(new URL('./scenarioView.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * The page's half of the worker's pack(scenarioView(...)): only the dose marks and the measured levels (the
 * chart reads both at once; 10,000 levels rebuilt in one go were a block of their own) are rebuilt now, in
 * slices; each regimen's marks are the same objects, as in scenarioView (so half the allocation), and a
 * result's dose events and intakes stay packed until something reads them.
 */
export async function unpackView(packed: unknown): Promise<ScenarioView> {
  const keepExtras = takeExtras(packed);
  const unpacked = (await unpackGently(
    packed,
    (key) => key === 'doseMarks' || key === 'measured',
  )) as ScenarioView;
  keepExtras(unpacked);
  return shareRegimenMarks(unpacked);
}

/**
 * The ScenarioView of `scenario`, never blocking the page for long: computed right here when the work is
 * small (renderer/src/view/work.ts), else in a module worker (the worker kit, a stale run stopped at once)
 * with a Cancel action. A newer scenario makes an older computation stale; its result is discarded.
 */
export function useScenarioView(
  scenario: Scenario,
  createWorker: () => ViewWorkerPort = createViewWorker,
): ScenarioViewState {
  const work = useMemo(() => viewWork(scenario), [scenario]);
  const heavy = isHeavy(work);
  // Labels and axis titles in the UI's language: a new language is a new view (a heavy one asks its worker again).
  const tr = useT();
  // Small scenarios: synchronously, so a slider drag redraws in the same frame as before.
  const small = useMemo(() => (heavy ? null : scenarioView(scenario, { tr })), [heavy, scenario, tr]);
  const request = useMemo((): ViewRequest => ({ scenario, locale: tr.locale }), [scenario, tr.locale]);
  // A stale run of seconds is never worth finishing, and the view has no page fallback: a failure says so.
  const worker = useWorkerResult<ViewRequest, ScenarioView, unknown>({
    enabled: heavy,
    request,
    createWorker,
    decode: unpackView,
    cancelAfterMs: 0,
    timed: true,
  });
  // The last heavy view stays "what to show meanwhile", also across a spell of small scenarios.
  const [lastHeavyView, setLastHeavyView] = useState<ScenarioView | null>(null);
  if (worker.result !== null && worker.result !== lastHeavyView) setLastHeavyView(worker.result);
  const previous = worker.result ?? lastHeavyView;

  const { result, resultFor, error, errorFor, canceled, startedMs, cancel, retry } = worker;
  // One object while nothing in it changed: what is below the chart follows it as a deferred value (App.tsx).
  return useMemo((): ScenarioViewState => {
    if (small) return { status: 'ready', view: small, scenario };
    if (result !== null && resultFor === request) return { status: 'ready', view: result, scenario };
    if (error !== null && errorFor === request) return { status: 'failed', error, previous };
    if (canceled) return { status: 'canceled', work, previous, retry };
    return { status: 'working', work, startedMs, previous, cancel };
  }, [
    small,
    scenario,
    request,
    result,
    resultFor,
    error,
    errorFor,
    canceled,
    work,
    startedMs,
    previous,
    cancel,
    retry,
  ]);
}

/** Points each regimen's `doses` at its marks in `doseMarks` (time order in both, as scenarioView builds them). */
function shareRegimenMarks(view: ScenarioView): ScenarioView {
  // One pass over the marks (24 regimens each filtering all 36,000 marks was a block of its own).
  const byRegimen = new Map<number, ScenarioView['doseMarks'][number][]>();
  for (const mark of view.doseMarks) {
    const list = byRegimen.get(mark.regimenIndex);
    if (list) list.push(mark);
    else byRegimen.set(mark.regimenIndex, [mark]);
  }
  for (const regimen of view.regimens) {
    Object.defineProperty(regimen, 'doses', {
      value: byRegimen.get(regimen.index) ?? [],
      writable: true,
      configurable: true,
      enumerable: true,
    });
  }
  return view;
}
