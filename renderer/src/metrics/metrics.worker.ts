/// <reference lib="webworker" />
import { serveRequests } from '../workers/protocol';
import { computeMetricsFor, type MetricsReport, type MetricsRequest } from './computeMetrics';

// Metrics need exact peak and steady-state searches (tens of ms): off the main thread, so slider drags stay smooth.
serveRequests<MetricsRequest, MetricsReport>(self, computeMetricsFor);
