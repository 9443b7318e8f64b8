import {
  makeRegimen,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  type CompoundId,
  type DisplaySettings,
  type Scenario,
  type ScenarioRegimen,
} from '../../../sim';

/** A scenario regimen with the usual defaults: daily from t = 0, every dose that fits, nothing missed. */
export function storyRegimen(
  compound: CompoundId,
  doseUg: number,
  options: Partial<Omit<ScenarioRegimen, 'compound' | 'doseUg'>> = {},
): ScenarioRegimen {
  return { ...makeRegimen({ compound, doseUg }), ...options };
}

/** A complete, valid sim Scenario for a story scene. */
export function storyScenario(
  name: string,
  horizonDays: number,
  stepMin: number,
  regimens: ScenarioRegimen[],
  display: Partial<DisplaySettings> = {},
): Scenario {
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    name,
    horizonDays,
    stepMin,
    regimens,
    display: {
      units: 'ng/mL',
      axis: 'linear',
      compareFat: false,
      visible: regimens.map((r) => r.compound),
      showTissue: false,
      ...display,
    },
  };
}
