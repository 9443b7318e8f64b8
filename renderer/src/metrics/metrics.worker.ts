/// <reference lib="webworker" />
import type { Scenario } from '../../../sim';
import { computeMetrics, type MetricsReport } from './computeMetrics';

export interface MetricsRequest {
  id: number;
  scenario: Scenario;
}

export type MetricsResponse =
  { id: number; ok: true; report: MetricsReport } | { id: number; ok: false; error: string };

// Metrics need exact peak and steady-state searches (tens of ms): off the main thread, so slider drags stay smooth.
self.onmessage = (event: MessageEvent<MetricsRequest>) => {
  const { id, scenario } = event.data;
  let response: MetricsResponse;
  try {
    response = { id, ok: true, report: computeMetrics(scenario) };
  } catch (e) {
    response = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(response);
};
