import {
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
import type { Translator } from '../../../sim/i18n/translator';
import { currentTranslator } from '../i18n/locale';

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
  /** The locale its labels are written in. */
  locale: string;
}

/**
 * Every regimen of a scenario with its metrics, from sim's scenarioView (which also makes the without-fat
 * twin, so the twin is never computed here), labelled in `tr`'s language. Pure: the same scenario gives the same
 * numbers.
 */
export function simulateScene(scenario: Scenario, tr: Translator = currentTranslator()): SceneSimulation {
  const view = scenarioView(scenario, { regimens: 'all', tr });
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
      // Captions name the regimen as the legend does: "MK-7 (regimen 2)" when a compound has several, and a
      // personal factor ("MK-7, fitted ×0.35"), in the UI's language.
      label: r.label,
      result: r.result,
      metrics,
      fasted,
    };
  });
  return { scenario, horizonH: view.horizonH, regimens, view, locale: tr.locale };
}

/** The first simulated regimen of a compound, if the scene has one. */
export function findRegimen(sim: SceneSimulation, compound: CompoundId): SimulatedRegimen | undefined {
  return sim.regimens.find((r) => r.compound === compound);
}
