import type { Scenario } from '../../../sim';
import { MetricsTable } from '../metrics/MetricsTable';
import type { ScenarioViewState } from './useScenarioView';
import { useViewMetrics } from './useViewMetrics';

/**
 * The numbers table of the view. Its worker's answer is state here, not in App: an answer arriving after a
 * slider step re-renders this table only, not every panel of the page a second time.
 */
export function ViewMetrics({ scenario, viewState }: { scenario: Scenario; viewState: ScenarioViewState }) {
  const metrics = useViewMetrics(scenario, viewState);
  return <MetricsTable report={metrics.report} stale={metrics.stale} error={metrics.error} />;
}
