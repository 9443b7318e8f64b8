/// <reference lib="webworker" />
import type { Scenario } from '../../../sim';
import { scenarioView, type ScenarioView } from '../../../sim/view/scenarioView';
import { transferables } from './transfer';

export interface ViewRequest {
  id: number;
  scenario: Scenario;
}

export type ViewResponse =
  { id: number; ok: true; view: ScenarioView } | { id: number; ok: false; error: string };

// Large scenarios (years of hourly doses) take seconds: computed here so the page keeps answering. The
// Float64Arrays are transferred, not copied.
self.onmessage = (event: MessageEvent<ViewRequest>) => {
  const { id, scenario } = event.data;
  try {
    const view = scenarioView(scenario);
    self.postMessage({ id, ok: true, view } satisfies ViewResponse, transferables(view));
  } catch (e) {
    self.postMessage({
      id,
      ok: false,
      error: e instanceof Error ? e.message : String(e),
    } satisfies ViewResponse);
  }
};
