/// <reference lib="webworker" />
import type { Scenario } from '../../../sim';
import { scenarioView } from '../../../sim/view/scenarioView';
import { pack } from './pack';
import { transferables } from './transfer';

export interface ViewRequest {
  id: number;
  scenario: Scenario;
}

/** `view` is a ScenarioView passed through `pack` (renderer/src/view/pack.ts); `unpack` restores it. */
export type ViewResponse = { id: number; ok: true; view: unknown } | { id: number; ok: false; error: string };

// Large scenarios (years of hourly doses) take seconds: computed here so the page keeps answering. The
// Float64Arrays are transferred, not copied, and long record lists travel packed as columns.
self.onmessage = (event: MessageEvent<ViewRequest>) => {
  const { id, scenario } = event.data;
  try {
    const view = pack(scenarioView(scenario));
    self.postMessage({ id, ok: true, view } satisfies ViewResponse, transferables(view));
  } catch (e) {
    self.postMessage({
      id,
      ok: false,
      error: e instanceof Error ? e.message : String(e),
    } satisfies ViewResponse);
  }
};
