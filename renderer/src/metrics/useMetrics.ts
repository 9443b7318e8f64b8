import { useMemo } from 'react';
import type { Scenario } from '../../../sim';
import { useT } from '../i18n';
import { useWorkerResult } from '../workers/useWorkerResult';
import { computeMetricsFor, type MetricsReport, type MetricsRequest } from './computeMetrics';

/** The numbers under the chart, those of an earlier scenario meanwhile (stale), or why there are none. */
export interface MetricsState {
  report: MetricsReport | null;
  stale: boolean;
  error: string | null;
}

const createWorker = () => new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' });

/**
 * Metrics for the current scenario, computed in a Web Worker (the worker kit, newest scenario only): a fast
 * drag never builds a queue, and a run is never stopped for a newer one (each takes tens of ms). Falls back to
 * computing on the main thread, after the paint, when workers are unavailable.
 */
export function useMetrics(
  scenario: Scenario,
  /** False while the numbers come from elsewhere (a heavy view's own worker: view/useViewMetrics.ts). */
  enabled = true,
): MetricsState {
  const tr = useT();
  const request = useMemo((): MetricsRequest => ({ scenario, locale: tr.locale }), [scenario, tr.locale]);
  const state = useWorkerResult({
    enabled,
    request,
    createWorker,
    computeHere: computeMetricsFor,
    cancelAfterMs: Infinity,
  });
  // A failure leaves no number on screen: the previous scenario's would read as the current one's.
  return { report: state.result, stale: state.stale, error: state.error };
}
