/// <reference lib="webworker" />
import { serveRequests } from '../workers/protocol';
import { transferables } from '../workers/transfer';
import { viewMessage, type ViewRequest } from './viewMessage';

// Large scenarios (years of hourly doses) take seconds: computed here so the page keeps answering. The
// Float64Arrays are transferred, not copied, long record lists travel packed as columns, and each series comes
// with its draw envelope (viewMessage; unpackView).
serveRequests<ViewRequest, unknown>(self, (r) => viewMessage(r.scenario, r.locale), transferables);
