import { useEffect, useState } from 'react';
import type { ScenarioViewState } from './useScenarioView';
import type { ViewWork } from './work';
import './view.css';

/** Browser time relative to the Node estimate (measured about 1.5x; a margin for slower machines). */
const BROWSER_SLOWDOWN = 2;

/** "3 curves, 263,523 doses, 87,841 points each". */
export function describeWork(work: ViewWork): string {
  const n = (x: number) => x.toLocaleString('en');
  return `${n(work.curves)} curve${work.curves === 1 ? '' : 's'}, ${n(work.doses)} doses, ${n(work.points)} points each`;
}

/**
 * What a heavy scenario is doing while its view is computed in the worker: what is being simulated, a
 * progress bar from the time estimate (the simulation itself reports no steps), and Cancel. Renders
 * nothing once the view is ready.
 */
export function WorkProgress({ state }: { state: ScenarioViewState }) {
  const [nowMs, setNowMs] = useState(() => performance.now());
  const working = state.status === 'working';
  useEffect(() => {
    if (!working) return;
    const timer = setInterval(() => setNowMs(performance.now()), 250);
    return () => clearInterval(timer);
  }, [working]);

  if (state.status === 'ready') return null;
  if (state.status === 'failed') {
    return (
      <div className="work-progress" role="alert">
        The chart could not be calculated: {state.error}
      </div>
    );
  }
  if (state.status === 'canceled') {
    return (
      <div className="work-progress" role="status">
        Calculation cancelled ({describeWork(state.work)}). The chart shows the last result.{' '}
        <button type="button" onClick={state.retry}>
          Calculate again
        </button>
      </div>
    );
  }
  const expectedS = Math.max(1, (state.work.estimatedMs * BROWSER_SLOWDOWN) / 1000);
  const elapsedS = state.startedMs === null ? 0 : Math.max(0, (nowMs - state.startedMs) / 1000);
  const fraction = Math.min(0.95, elapsedS / expectedS);
  return (
    <div className="work-progress" role="status" aria-label="Calculating the chart">
      <span>
        Calculating a large scenario ({describeWork(state.work)}): {Math.round(elapsedS)} s of about{' '}
        {Math.round(expectedS)} s. The page stays usable meanwhile.
      </span>
      <progress value={fraction} max={1} aria-label="Calculation progress" />
      <button type="button" onClick={state.cancel}>
        Cancel
      </button>
    </div>
  );
}
