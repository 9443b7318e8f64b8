import type { Scenario } from '../../../sim';
import { NEUTRAL_LOCALE, simTranslator } from '../../../sim/i18n';
import { scenarioView, type ScenarioView } from '../../../sim/view/scenarioView';
import { metricsOfView, type MetricsReport } from '../metrics/computeMetrics';
import { drawEnvelope, rememberEnvelope, type DrawEnvelope } from '../plot/model';
import { peakIndex, rememberPeak } from '../plot/peaks';
import { pack } from './pack';

/** The key under which the view's message carries each series' draw envelope, by series key. */
const ENVELOPES = 'drawEnvelopes';
/** The key of each series' peak index (plot/peaks.ts), by series key: the page does not scan the values again. */
const PEAKS = 'peaks';
/** The key of the view's metrics (the table under the chart), computed from the view's own runs. */
const METRICS = 'metrics';

const metricsOfViews = new WeakMap<ScenarioView, MetricsReport>();

/** The metrics the worker computed with a view it sent (null for a view computed on the page). */
export function sentMetrics(view: ScenarioView): MetricsReport | null {
  return metricsOfViews.get(view) ?? null;
}

/** What the page asks the view's worker: the scenario, and the UI's locale its labels are written in. */
export interface ViewRequest {
  scenario: Scenario;
  locale: string;
}

/**
 * What the view's worker sends for a scenario: the packed view (pack.ts), each series' draw envelope
 * (plot/model.ts drawEnvelope) and peak (plot/peaks.ts), so the page draws 24 regimens × 3 curves of 250,000 points without reading most
 * of their 18 million values, and the metrics of the view's own runs (no second simulation in the metrics
 * worker, issue 16 §6).
 */
export function viewMessage(scenario: Scenario, locale: string = NEUTRAL_LOCALE): unknown {
  // The labels in the UI's language ("MK-7 (Schema 2)"): a worker has only the locale tag to go by.
  const view = scenarioView(scenario, { tr: simTranslator(locale) });
  const horizonDays = view.horizonH / 24;
  const packed = pack(view) as Record<string, unknown>;
  packed[ENVELOPES] = Object.fromEntries(view.series.map((s) => [s.key, drawEnvelope(s, horizonDays)]));
  packed[PEAKS] = Object.fromEntries(view.series.map((s) => [s.key, peakIndex(s.values)]));
  packed[METRICS] = metricsOfView(view);
  return packed;
}

/**
 * Takes the envelopes and metrics off a view's message; the function returned keeps them with the unpacked view
 * (each envelope with its series' values).
 */
export function takeExtras(message: unknown): (view: ScenarioView) => void {
  const record = message as Record<string, unknown>;
  const envelopes = (record[ENVELOPES] ?? {}) as Record<string, DrawEnvelope>;
  const metrics = (record[METRICS] ?? null) as MetricsReport | null;
  const peaks = (record[PEAKS] ?? {}) as Record<string, number>;
  delete record[ENVELOPES];
  delete record[PEAKS];
  delete record[METRICS];
  return (view) => {
    if (metrics) metricsOfViews.set(view, metrics);
    for (const s of view.series) {
      const envelope = envelopes[s.key];
      if (envelope) rememberEnvelope(s.values, envelope);
      const peak = peaks[s.key];
      if (peak !== undefined) rememberPeak(s.values, peak);
    }
  };
}
