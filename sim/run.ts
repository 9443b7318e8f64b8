import { COMPOUND_PRESETS, presetParameters, TISSUE_PRESET } from './presets/compounds';
import { doseEvents, type Regimen } from './regimen/regimen';
import type { Scenario, ScenarioRegimen } from './scenario/schema';
import { SCENARIO_FORMAT, SCENARIO_VERSION } from './scenario/schema';
import { simulate, type SimulationInput, type SimulationResult } from './simulate';

/**
 * What to simulate for one regimen: its compound's preset with the regimen's overrides, the tissue preset, and
 * its doses over the horizon. Nothing is computed yet (a stream or `simulate` runs it).
 * @example regimenInput(makeRegimen({ compound: 'mk7', doseUg: 90 }), 72, 1).doses.length // 3
 */
export function regimenInput(regimen: Regimen, horizonH: number, stepH: number): SimulationInput {
  const pk = presetParameters(regimen.compound, regimen.overrides);
  return { pk, tissue: TISSUE_PRESET, doses: doseEvents(regimen, horizonH), horizonH, stepH };
}

/** Simulates one regimen with its compound's preset (and the regimen's overrides). */
export function simulateRegimen(regimen: Regimen, horizonH: number, stepH: number): SimulationResult {
  return simulate(regimenInput(regimen, horizonH, stepH));
}

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

/** One result per regimen of a scenario, in order. */
export function simulateScenario(scenario: Scenario): SimulationResult[] {
  const horizonH = scenario.horizonDays * 24;
  const stepH = scenario.stepMin / 60;
  return scenario.regimens.map((r) => simulateRegimen(toRegimen(r), horizonH, stepH));
}

/** Molar mass of a compound (g/mol), from its preset. */
export function molarMass(compound: Regimen['compound']): number {
  return COMPOUND_PRESETS[compound].molarMassGPerMol.value;
}

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
    name: 'Daily 90 µg with a meal',
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
