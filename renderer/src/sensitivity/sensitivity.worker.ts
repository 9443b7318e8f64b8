/// <reference lib="webworker" />
import { serveRequests } from '../workers/protocol';
import { computeSensitivity, type SensitivityRequest } from './sensitivityRequest';

// About 17 simulations with peak and trough searches: off the main thread, like the metrics.
serveRequests<SensitivityRequest, ReturnType<typeof computeSensitivity>>(self, computeSensitivity);
