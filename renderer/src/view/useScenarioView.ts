import { useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '../../../sim';
import { scenarioView, type ScenarioView } from '../../../sim/view/scenarioView';
import { ViewRunner, type WorkerLike } from './viewRunner';
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

function createViewWorker(): WorkerLike {
  return new Worker(new URL('./scenarioView.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;
}

/**
 * The ScenarioView of `scenario`, never blocking the page for long: computed right here when the work is
 * small (renderer/src/view/work.ts), else in a module worker with a Cancel action. A newer scenario makes
 * an older computation stale; its result is discarded and its worker stopped.
 */
export function useScenarioView(
  scenario: Scenario,
  createWorker: () => WorkerLike = createViewWorker,
): ScenarioViewState {
  const work = useMemo(() => viewWork(scenario), [scenario]);
  const heavy = isHeavy(work);
  // Small scenarios: synchronously, so a slider drag redraws in the same frame as before.
  const small = useMemo(() => (heavy ? null : scenarioView(scenario)), [heavy, scenario]);
  const [heavyState, setHeavyState] = useState<ScenarioViewState | null>(null);
  const [lastHeavyView, setLastHeavyView] = useState<ScenarioView | null>(null);
  const runner = useRef<ViewRunner | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const r = new ViewRunner(createWorker);
    runner.current = r;
    return () => {
      r.dispose();
      runner.current = null;
    };
  }, [createWorker]);

  useEffect(() => {
    const r = runner.current;
    if (!heavy || !r) return;
    const cancel = () => {
      r.cancel();
      setHeavyState({
        status: 'canceled',
        work,
        previous: lastHeavyView,
        retry: () => setAttempt((n) => n + 1),
      });
    };
    // Starting an asynchronous job, not deriving state: its progress belongs in state.
    setHeavyState({ status: 'working', work, startedMs: performance.now(), previous: lastHeavyView, cancel });
    r.run(scenario, (outcome) => {
      if (outcome.ok) {
        setLastHeavyView(outcome.view);
        setHeavyState({ status: 'ready', view: outcome.view, scenario });
      } else {
        setHeavyState({ status: 'failed', error: outcome.error, previous: lastHeavyView });
      }
    });
    return () => r.cancel();
    // lastHeavyView is read as "what to show meanwhile", not a reason to start again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [heavy, scenario, work, attempt]);

  if (small) return { status: 'ready', view: small, scenario };
  // Until the effect has started the job for this scenario (one render), say it is about to start.
  if (!heavyState || (heavyState.status === 'ready' && heavyState.scenario !== scenario)) {
    return { status: 'working', work, startedMs: null, previous: lastHeavyView, cancel: () => undefined };
  }
  return heavyState;
}
