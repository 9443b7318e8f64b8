import { presetParameters, TISSUE_PRESET } from '../presets/compounds';
import type { Scenario } from '../scenario/schema';
import { toRegimen } from '../scenario/toRegimen';
import { simulate, type SimulationInput, type SimulationResult } from '../simulate';
import { doseEvents, type Regimen } from './regimen';

/**
 * What to simulate for one regimen: its compound's preset with the regimen's overrides, the tissue preset, and
 * its doses over the horizon. Nothing is computed yet (a stream or `simulate` runs it).
 * @example regimenInput(makeRegimen({ compound: 'mk7', doseUg: 90 }), 72, 1).doses.length // => 3
 */
export function regimenInput(regimen: Regimen, horizonH: number, stepH: number): SimulationInput {
  const pk = presetParameters(regimen.compound, regimen.overrides);
  return { pk, tissue: TISSUE_PRESET, doses: doseEvents(regimen, horizonH), horizonH, stepH };
}

/** Simulates one regimen with its compound's preset (and the regimen's overrides). */
export function simulateRegimen(regimen: Regimen, horizonH: number, stepH: number): SimulationResult {
  return simulate(regimenInput(regimen, horizonH, stepH));
}

/** One result per regimen of a scenario, in order. */
export function simulateScenario(scenario: Scenario): SimulationResult[] {
  const horizonH = scenario.horizonDays * 24;
  const stepH = scenario.stepMin / 60;
  return scenario.regimens.map((r) => simulateRegimen(toRegimen(r), horizonH, stepH));
}
