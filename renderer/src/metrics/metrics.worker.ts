/// <reference lib="webworker" />
import type { Scenario } from '../../../sim';
import { serveRequests } from '../workers/protocol';
import { computeMetrics, type MetricsReport } from './computeMetrics';

// Metrics need exact peak and steady-state searches (tens of ms): off the main thread, so slider drags stay smooth.
serveRequests<Scenario, MetricsReport>(self, computeMetrics);
