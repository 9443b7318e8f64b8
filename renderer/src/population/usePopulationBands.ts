import { useMemo } from 'react';
import type { Scenario } from '../../../sim';
import {
  APP_SEED,
  APP_SUBJECTS,
  computeBands,
  populationOverCap,
  type DrawnBands,
  type PopulationRequest,
} from './populationBands';
import { useWorkerResult, type WorkerResultState } from '../workers/useWorkerResult';

const createWorker = () => new Worker(new URL('./population.worker.ts', import.meta.url), { type: 'module' });

export interface PopulationBandsState extends WorkerResultState<PopulationRequest, DrawnBands[]> {
  /** Why no bands can be drawn for this scenario (too much work), or null. */
  refused: string | null;
  subjects: number;
}

/**
 * Percentile bands of 1,000 seeded virtual people for the visible regimens, computed in a Web Worker while
 * `enabled` (newest scenario only; switching off cancels). Bands for an earlier scenario stay marked `stale`
 * until the current ones arrive.
 */
export function usePopulationBands(scenario: Scenario, enabled: boolean): PopulationBandsState {
  const refused = useMemo(
    () => (enabled ? populationOverCap(scenario, APP_SUBJECTS) : null),
    [scenario, enabled],
  );
  const request = useMemo<PopulationRequest>(
    () => ({ scenario, subjects: APP_SUBJECTS, seed: APP_SEED }),
    [scenario],
  );
  const state = useWorkerResult({
    enabled: enabled && refused === null,
    request,
    createWorker,
    computeHere: computeBands,
  });
  return { ...state, refused, subjects: APP_SUBJECTS };
}
