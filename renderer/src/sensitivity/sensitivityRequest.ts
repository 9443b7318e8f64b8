import { sensitivity, toRegimen, type Scenario, type SensitivityResult } from '../../../sim';
import { regimenDoses } from '../../../sim/schedule';

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
  // The doses as taken (a calendar pattern's included), with the pattern's interval regimen for the trough.
  const horizonH = scenario.horizonDays * 24;
  const { events, intervalEquivalent } = regimenDoses(scenario, regimen, horizonH);
  return sensitivity(
    intervalEquivalent ?? toRegimen(regimen),
    horizonH,
    scenario.stepMin / 60,
    undefined,
    events,
    // The personal factor, as the curve and the Numbers table use it: the baseline is the curve on screen.
    scenario.personal?.factor ?? 1,
  );
}
