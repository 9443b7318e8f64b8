/// <reference lib="webworker" />
import { bandBuffers, computeBands, type DrawnBands, type PopulationRequest } from './populationBands';
import { serveRequests } from '../workers/protocol';

// 1,000 people × the grid × each visible regimen: tens of ms, off the main thread so slider drags stay smooth.
serveRequests<PopulationRequest, DrawnBands[]>(self, computeBands, bandBuffers);
