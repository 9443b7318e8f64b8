import { useMemo } from 'react';
import type { Scenario, SensitivityResult } from '../../../sim';
import type { WorkerPort } from '../workers/protocol';
import { useWorkerResult, type WorkerResultState } from '../workers/useWorkerResult';
import { computeSensitivity, type SensitivityRequest } from './sensitivityRequest';

/** The sensitivity worker (one per hook, and one per sensitivity export). */
export const createSensitivityWorker = (): WorkerPort<SensitivityRequest, SensitivityResult> =>
  new Worker(new URL('./sensitivity.worker.ts', import.meta.url), { type: 'module' });

/** Tornado data for one regimen of the scenario, computed in a Web Worker while `enabled` (newest only). */
export function useSensitivity(
  scenario: Scenario,
  regimenIndex: number,
  enabled: boolean,
): WorkerResultState<SensitivityRequest, SensitivityResult> {
  const request = useMemo<SensitivityRequest>(() => ({ scenario, regimenIndex }), [scenario, regimenIndex]);
  return useWorkerResult({
    enabled,
    request,
    createWorker: createSensitivityWorker,
    computeHere: computeSensitivity,
  });
}
