import {
  COMPOUND_PRESETS,
  molarMass,
  regimenMetrics,
  scenarioView,
  type CompoundId,
  type RegimenMetrics,
  type Scenario,
  type ScenarioRegimen,
  type ScenarioView,
  type SimulationResult,
} from '../../../sim';
import { labelWithFactor } from '../../../sim/fit/factorWords';

/** One regimen of a scene, simulated, with its metrics (and its fasted twin when the scene compares fat). */
export interface SimulatedRegimen {
  regimen: ScenarioRegimen;
  compound: CompoundId;
  label: string;
  result: SimulationResult;
  metrics: RegimenMetrics;
  /** The same regimen with 0 g meal fat, when display.compareFat is on and the regimen has fat. */
  fasted: { result: SimulationResult; metrics: RegimenMetrics } | null;
}

export interface SceneSimulation {
  scenario: Scenario;
  horizonH: number;
  regimens: SimulatedRegimen[];
  /** Everything the scene's chart draws (all regimens; the chart shows the visible ones). */
  view: ScenarioView;
}

/** The regimen's own label, else its compound's ("MK-7"). */
export function regimenLabel(regimen: ScenarioRegimen): string {
  return regimen.label ?? COMPOUND_PRESETS[regimen.compound].label;
}

/**
 * Every regimen of a scenario with its metrics, from sim's scenarioView (which also makes the without-fat
 * twin, so the twin is never computed here). Pure: the same scenario gives the same numbers.
 */
export function simulateScene(scenario: Scenario): SceneSimulation {
  const view = scenarioView(scenario, { regimens: 'all' });
  const regimens = view.regimens.map((r): SimulatedRegimen => {
    const source = scenario.regimens[r.index]!;
    const mass = molarMass(r.compound);
    const metrics = regimenMetrics(r.regimen, r.result, mass);
    // Compared only where the meal had fat: a fasted regimen has no twin to show.
    const fasted =
      r.withoutFat && source.fatG > 0
        ? {
            result: r.withoutFat.result,
            metrics: regimenMetrics(r.withoutFat.regimen, r.withoutFat.result, mass),
          }
        : null;
    return {
      regimen: source,
      compound: r.compound,
      // Captions name a personal factor as the legend does ("MK-7, fitted ×0.35").
      label: labelWithFactor(regimenLabel(source), scenario.personal),
      result: r.result,
      metrics,
      fasted,
    };
  });
  return { scenario, horizonH: view.horizonH, regimens, view };
}

/** The first simulated regimen of a compound, if the scene has one. */
export function findRegimen(sim: SceneSimulation, compound: CompoundId): SimulatedRegimen | undefined {
  return sim.regimens.find((r) => r.compound === compound);
}
