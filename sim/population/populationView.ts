import type { CompoundId } from '../model/types';
import { toRegimen } from '../scenario/toRegimen';
import type { Scenario } from '../scenario/schema';
import { unitFactor, unitSlug } from '../view/scenarioView';
import { regimenDoses, regimenRunInput } from '../schedule/scenarioDoses';
import { simulatePopulationOf, type PopulationResult } from './simulatePopulation';

/** The percentile bands a view draws for one regimen, in the scenario's display units. */
export interface PopulationBandsView {
  regimenIndex: number;
  compound: CompoundId;
  /** "ng/mL" or "nmol/L". */
  unit: string;
  timeH: Float64Array;
  /** Typical subject and the 5th, 25th, 50th, 75th and 95th percentiles over subjects, in `unit`. */
  typical: Float64Array;
  p05: Float64Array;
  p25: Float64Array;
  p50: Float64Array;
  p75: Float64Array;
  p95: Float64Array;
  /** Spreadsheet columns for the bands, e.g. "mk7_plasma_p05_ng_per_ml", "r2_mk7_plasma_p95_nmol_per_l" (scenarioView's prefixes). */
  columns: { p05: string; p25: string; p50: string; p75: string; p95: string };
  /** Raw population result in ng/mL (per-subject numbers and their spread). */
  population: PopulationResult;
}

/**
 * "Show variation between people": for every visible regimen of a scenario (or every regimen with
 * regimens: 'all'), N virtual subjects over the scenario's horizon and step, as bands in display units.
 * Same simulation input as scenarioView's curve (regimenRunInput: the calendar's doses as taken, the personal
 * factor), horizon, grid and units, so the bands sit around the curve they vary.
 * @example populationView(defaultScenario(), { subjects: 20, seed: 1 })[0].p50.length // => 721
 */
export function populationView(
  scenario: Scenario,
  options: { subjects: number; seed: number; regimens?: 'visible' | 'all' },
): PopulationBandsView[] {
  const horizonH = scenario.horizonDays * 24;
  const stepH = scenario.stepMin / 60;
  const { units, visible } = scenario.display;
  const slug = unitSlug(units);
  const out: PopulationBandsView[] = [];
  scenario.regimens.forEach((r, index) => {
    if ((options.regimens ?? 'visible') === 'visible' && !visible.includes(r.compound)) return;
    // As scenarioView: the trough is defined on the regular schedule the doses follow.
    const regimen = regimenDoses(scenario, r, horizonH).intervalEquivalent ?? toRegimen(r);
    const population = simulatePopulationOf(regimenRunInput(scenario, r, horizonH, stepH), regimen, {
      subjects: options.subjects,
      seed: options.seed,
    });
    const factor = unitFactor(r.compound, units);
    const scale = (values: Float64Array) => (factor === 1 ? values : values.map((v) => v * factor));
    const bands = population.plasmaNgPerMl;
    // As scenarioView's columns: the regimen number only when the compound has several regimens ("r2_mk7_…").
    const prefix =
      scenario.regimens.filter((x) => x.compound === r.compound).length > 1 ? `r${index + 1}_` : '';
    const column = (p: string) => `${prefix}${r.compound}_plasma_${p}_${slug}`;
    out.push({
      regimenIndex: index,
      compound: r.compound,
      unit: units,
      timeH: population.timeH,
      typical: scale(population.typical.plasmaNgPerMl),
      p05: scale(bands.p05),
      p25: scale(bands.p25),
      p50: scale(bands.p50),
      p75: scale(bands.p75),
      p95: scale(bands.p95),
      columns: {
        p05: column('p05'),
        p25: column('p25'),
        p50: column('p50'),
        p75: column('p75'),
        p95: column('p95'),
      },
      population,
    });
  });
  return out;
}
