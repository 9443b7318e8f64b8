import type { Regimen } from '../regimen/regimen';
import type { ScenarioRegimen } from './schema';

/** A scenario regimen (optional fields filled by the schema) as a simulation regimen. */
export function toRegimen(r: ScenarioRegimen): Regimen {
  return {
    compound: r.compound,
    doseUg: r.doseUg,
    intervalH: r.intervalH,
    firstDoseH: r.firstDoseH,
    doseCount: r.doseCount,
    fatG: r.fatG,
    missedDoses: r.missedDoses,
    extraDoses: r.extraDoses,
    overrides: r.overrides,
  };
}
