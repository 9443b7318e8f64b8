import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { currentTranslator, type AppTranslator } from '../i18n/locale';
import type { ScenarioViewState } from './useScenarioView';
import type { ViewWork } from './work';
import './view.css';

/** Browser time relative to the Node estimate (measured about 1.5x; a margin for slower machines). */
const BROWSER_SLOWDOWN = 2;

/** "3 curves, 263,523 doses, 87,841 points each". */
export function describeWork(work: ViewWork, tr: AppTranslator = currentTranslator()): string {
  return tr.t('work.describe', { curves: work.curves, doses: work.doses, points: work.points });
}

/**
 * What a heavy scenario is doing while its view is computed in the worker: what is being simulated, a
 * progress bar from the time estimate (the simulation itself reports no steps), and Cancel. Renders
 * nothing once the view is ready.
 */
export function WorkProgress({ state }: { state: ScenarioViewState }) {
  const tr = useT();
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
        {tr.t('work.failed', { error: state.error })}
      </div>
    );
  }
  if (state.status === 'canceled') {
    return (
      <div className="work-progress" role="status">
        {tr.t('work.canceled', { work: describeWork(state.work, tr) })}{' '}
        <button type="button" onClick={state.retry}>
          {tr.t('work.again')}
        </button>
      </div>
    );
  }
  const expectedS = Math.max(1, (state.work.estimatedMs * BROWSER_SLOWDOWN) / 1000);
  const elapsedS = state.startedMs === null ? 0 : Math.max(0, (nowMs - state.startedMs) / 1000);
  const fraction = Math.min(0.95, elapsedS / expectedS);
  return (
    <div className="work-progress" role="status" aria-label={tr.t('work.label')}>
      <span>
        {tr.t('work.running', {
          work: describeWork(state.work, tr),
          elapsed: tr.num(Math.round(elapsedS)),
          expected: tr.num(Math.round(expectedS)),
          // Past the estimate the words say so, rather than "13 s of about 1 s".
          over: String(Math.round(elapsedS) > Math.round(expectedS)),
        })}
      </span>
      <progress value={fraction} max={1} aria-label={tr.t('work.progress')} />
      <button type="button" onClick={state.cancel}>
        {tr.t('work.cancel')}
      </button>
    </div>
  );
}
