import { sensitivity, toRegimen, type Scenario, type SensitivityResult } from '../../../sim';

/** What the sensitivity worker is asked: one regimen of a scenario, on the scenario's horizon and grid. */
export interface SensitivityRequest {
  scenario: Scenario;
  regimenIndex: number;
}

/** sim's one-at-a-time sensitivity for the chosen regimen (about 17 simulations with exact metrics). */
export function computeSensitivity(request: SensitivityRequest): SensitivityResult {
  const { scenario, regimenIndex } = request;
  const regimen = scenario.regimens[regimenIndex];
  if (!regimen) throw new RangeError(`there is no regimen ${regimenIndex + 1} in this scenario`);
  return sensitivity(toRegimen(regimen), scenario.horizonDays * 24, scenario.stepMin / 60);
}
