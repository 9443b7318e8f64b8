import {
  COMPOUND_PRESETS,
  molarMass,
  regimenMetrics,
  simulateRegimen,
  toRegimen,
  type CompoundId,
  type RegimenMetrics,
  type Scenario,
  type ScenarioRegimen,
  type SimulationResult,
} from '../../../sim';

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
}

/** The regimen's own label, else its compound's ("MK-7"). */
export function regimenLabel(regimen: ScenarioRegimen): string {
  return regimen.label ?? COMPOUND_PRESETS[regimen.compound].label;
}

/** Runs every regimen of a scenario through the simulation core. Pure: the same scenario gives the same numbers. */
export function simulateScene(scenario: Scenario): SceneSimulation {
  const horizonH = scenario.horizonDays * 24;
  const stepH = scenario.stepMin / 60;
  const regimens = scenario.regimens.map((regimen): SimulatedRegimen => {
    const sim = toRegimen(regimen);
    const result = simulateRegimen(sim, horizonH, stepH);
    const metrics = regimenMetrics(sim, result, molarMass(regimen.compound));
    let fasted: SimulatedRegimen['fasted'] = null;
    if (scenario.display.compareFat && regimen.fatG > 0) {
      const fastedRegimen = { ...sim, fatG: 0, extraDoses: sim.extraDoses.map((d) => ({ ...d, fatG: 0 })) };
      const fastedResult = simulateRegimen(fastedRegimen, horizonH, stepH);
      fasted = {
        result: fastedResult,
        metrics: regimenMetrics(fastedRegimen, fastedResult, molarMass(regimen.compound)),
      };
    }
    return { regimen, compound: regimen.compound, label: regimenLabel(regimen), result, metrics, fasted };
  });
  return { scenario, horizonH, regimens };
}

/** The first simulated regimen of a compound, if the scene has one. */
export function findRegimen(sim: SceneSimulation, compound: CompoundId): SimulatedRegimen | undefined {
  return sim.regimens.find((r) => r.compound === compound);
}
