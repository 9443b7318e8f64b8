import { useMemo } from 'react';
import type { Scenario } from '../../../sim';
import { useMetrics, type MetricsState } from '../metrics/useMetrics';
import type { ScenarioViewState } from './useScenarioView';
import { sentMetrics } from './viewMessage';
import { isHeavy, viewWork } from './work';

/**
 * The metrics under the chart. A heavy view's worker computes them from its own runs and sends them with the
 * view, so the metrics worker does not simulate the same years of doses a second time (nor is the scenario
 * copied to it); a small view's come from the metrics worker (useMetrics) as before.
 */
export function useViewMetrics(scenario: Scenario, viewState: ScenarioViewState): MetricsState {
  const heavy = useMemo(() => isHeavy(viewWork(scenario)), [scenario]);
  const worker = useMetrics(scenario, !heavy);
  if (!heavy) return worker;
  if (viewState.status === 'ready') {
    const report = sentMetrics(viewState.view);
    return { report, stale: false, error: report ? null : 'The numbers were not computed with this view.' };
  }
  if (viewState.status === 'failed') return { report: null, stale: false, error: viewState.error };
  // Working or canceled: the numbers of the view still shown, marked as not this scenario's.
  const previous = viewState.previous ? sentMetrics(viewState.previous) : null;
  return { report: previous, stale: true, error: null };
}
