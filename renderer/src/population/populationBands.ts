import {
  MAX_POPULATION_VALUES,
  populationOverCap as populationWorkOverCap,
  populationView,
  scenarioWork,
  type PopulationBandsView,
  type Scenario,
} from '../../../sim';
import type { Translator } from '../../../sim/i18n';
import { currentTranslator } from '../i18n/locale';

/** How many virtual people the app simulates, and from which seed (fixed: the same scenario, the same bands). */
export const APP_SUBJECTS = 1000;
export const APP_SEED = 1;

/** What the worker is asked: the scenario and the population drawn for it. */
export interface PopulationRequest {
  scenario: Scenario;
  subjects: number;
  seed: number;
}

/** The bands of one regimen as the app draws and exports them (populationView without per-subject data). */
export type DrawnBands = Omit<PopulationBandsView, 'population'> & {
  /** Spread over subjects of Cmax, AUC (horizon) and trough, in ng/mL and ng·h/mL. */
  summary: PopulationBandsView['population']['summary'];
};

/**
 * The sentence refusing a population too large to simulate (sim's MAX_POPULATION_VALUES, the command line's cap
 * too: people × (output points + doses)), or null. Counts visible regimens only: hidden ones are not simulated.
 */
export function populationOverCap(
  scenario: Scenario,
  subjects: number,
  tr: Translator = currentTranslator(),
): string | null {
  const visible = scenario.regimens.filter((r) => scenario.display.visible.includes(r.compound));
  // The app simulates a fixed 1,000 people: the advice names only the output step and the duration.
  // Points and doses (calendar schedules expanded as the file's cap counts them) of the visible regimens.
  const over = populationWorkOverCap(scenarioWork({ ...scenario, regimens: visible }), subjects, false, tr);
  return over === null ? null : `${over[0]!.toUpperCase()}${over.slice(1)}.`;
}

export { MAX_POPULATION_VALUES };

/** Bands for every visible regimen, trimmed to what a chart and the export need (small to post back). */
export function computeBands(request: PopulationRequest): DrawnBands[] {
  const over = populationOverCap(request.scenario, request.subjects);
  if (over !== null) throw new RangeError(over);
  return populationView(request.scenario, { subjects: request.subjects, seed: request.seed }).map((v) => ({
    regimenIndex: v.regimenIndex,
    compound: v.compound,
    unit: v.unit,
    timeH: v.timeH,
    typical: v.typical,
    p05: v.p05,
    p25: v.p25,
    p50: v.p50,
    p75: v.p75,
    p95: v.p95,
    columns: v.columns,
    summary: v.population.summary,
  }));
}

/** The distinct buffers of the bands, to transfer instead of copy (a buffer listed twice would throw). */
export function bandBuffers(bands: readonly DrawnBands[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const b of bands) {
    for (const a of [b.timeH, b.typical, b.p05, b.p25, b.p50, b.p75, b.p95]) {
      if (a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
    }
  }
  return [...buffers];
}

/** The bands as spreadsheet columns (names from sim's populationView, e.g. "mk7_plasma_p05_ng_per_ml"), in order. */
export function bandColumns(bands: readonly DrawnBands[]): { name: string; values: Float64Array }[] {
  return bands.flatMap((b) => [
    { name: b.columns.p05, values: b.p05 },
    { name: b.columns.p25, values: b.p25 },
    { name: b.columns.p50, values: b.p50 },
    { name: b.columns.p75, values: b.p75 },
    { name: b.columns.p95, values: b.p95 },
  ]);
}
