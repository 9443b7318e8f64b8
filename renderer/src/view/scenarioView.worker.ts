/// <reference lib="webworker" />
import type { Scenario } from '../../../sim';
import { scenarioView } from '../../../sim/view/scenarioView';
import { serveRequests } from '../workers/protocol';
import { transferables } from '../workers/transfer';
import { pack } from './pack';

// Large scenarios (years of hourly doses) take seconds: computed here so the page keeps answering. The
// Float64Arrays are transferred, not copied, and long record lists travel packed as columns (unpackView).
serveRequests<Scenario, unknown>(self, (scenario) => pack(scenarioView(scenario)), transferables);
