import type { Regimen } from '../regimen/regimen';
import {
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  UNNAMED_SCENARIO,
  type Scenario,
  type ScenarioRegimen,
} from './schema';

/** The scenario a new user starts from: 90 µg/day of each compound with a 15 g-fat meal, for 30 days. */
export function defaultScenario(): Scenario {
  const regimen = (compound: Regimen['compound']): ScenarioRegimen => ({
    compound,
    doseUg: 90,
    intervalH: 24,
    firstDoseH: 0,
    doseCount: null,
    fatG: 15,
    missedDoses: [],
    extraDoses: [],
    overrides: {},
  });
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    // Untitled: a name the app gave would stay in the file after the user changed the schedule.
    name: UNNAMED_SCENARIO,
    horizonDays: 30,
    stepMin: 60,
    regimens: [regimen('mk4'), regimen('mk7'), regimen('k1')],
    display: {
      units: 'ng/mL',
      axis: 'linear',
      compareFat: false,
      visible: ['mk4', 'mk7', 'k1'],
      showTissue: true,
    },
  };
}
