/// <reference lib="webworker" />
import type { Scenario } from '../../../sim';
import { serveRequests } from '../workers/protocol';
import { transferables } from '../workers/transfer';
import { viewMessage } from './viewMessage';

// Large scenarios (years of hourly doses) take seconds: computed here so the page keeps answering. The
// Float64Arrays are transferred, not copied, long record lists travel packed as columns, and each series comes
// with its draw envelope (viewMessage; unpackView).
serveRequests<Scenario, unknown>(self, viewMessage, transferables);
