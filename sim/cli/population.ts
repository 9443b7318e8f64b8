/**
 * The command line's population output (--subjects N > 1): percentile columns for the CSV and a `population`
 * object for the summary, from sim's simulatePopulationOf on the typical run's own input (its doses as taken,
 * calendar and personal factor included), horizon and grid.
 * Unlike the typical run's columns this is not streamed: percentiles need every subject at each time, so the
 * work is capped (MAX_POPULATION_VALUES, checked with the arguments).
 */
import { populationOverCap, scenarioWork } from '../scenario/work';
import { UsageError } from './usageError';
import type { ExtraColumn, RunPlan } from './format';
import { simulatePopulationOf, type PopulationResult } from '../population/simulatePopulation';
import type { Spread } from '../population/percentiles';

/** The percentile columns, in order, after the typical subject's columns. */
export const BAND_KEYS = ['p05', 'p25', 'p50', 'p75', 'p95'] as const;

/** "plasma_p05_ng_per_ml" for the first run, "r2_mk4_plasma_p05_ng_per_ml" for the second (the CSV's prefixes). */
export function bandColumnNames(prefix: string): string[] {
  return BAND_KEYS.map((p) => `${prefix}plasma_${p}_ng_per_ml`);
}

/** p05, p50, p95 and CV (a fraction; null when the mean is 0) of one per-subject number. */
function spreadSummary(s: Spread): { p05: number; p50: number; p95: number; cv: number | null } {
  return { p05: s.p05, p50: s.p50, p95: s.p95, cv: s.cv };
}

/**
 * The summary's `population` object: how many subjects, the seed, the between-subject CVs used, and the spread
 * over subjects of Cmax (ng/mL), AUC over the horizon (ng·h/mL) and the last-interval trough (ng/mL; null when
 * no full dosing interval fits the horizon).
 * @example populationSummary(simulatePopulation(makeRegimen({ compound: 'mk7', doseUg: 90 }), 720, 1, { subjects: 500, seed: 1 })).auc.cv.toFixed(3) // => '0.357'
 */
export function populationSummary(p: PopulationResult): Record<string, unknown> {
  return {
    subjects: p.subjects,
    seed: p.seed,
    between_subject_cv: {
      ka: p.variability.kaPerH,
      t_half: p.variability.tHalfH,
      v: p.variability.volumeL,
      f: p.variability.f,
    },
    cmax: spreadSummary(p.summary.cmax),
    auc: spreadSummary(p.summary.auc),
    trough: p.summary.trough ? spreadSummary(p.summary.trough) : null,
    units: { cmax: 'ng/mL', auc: 'ng·h/mL', trough: 'ng/mL', cv: 'fraction (SD / mean)' },
  };
}

/**
 * The population of every run of a command: percentile columns for the CSV (first run unprefixed, further runs
 * r<k>_<compound>_, as the CSV's other columns) and a `population` object per run. The work cap is checked over
 * all runs first (a scenario file's size is only known here).
 */
export function populationOutputs(
  plans: readonly RunPlan[],
  subjects: number,
  seed: number,
): { columns: ExtraColumn[]; summaries: Record<string, unknown>[] } {
  // Every person holds every output point and every dose of every run, counted before any is simulated.
  const work = plans.reduce(
    (sum, p) => {
      const w = scenarioWork({
        horizonDays: p.input.horizonH / 24,
        stepMin: p.input.stepH * 60,
        regimens: [{ intervalH: p.regimen.intervalH }],
      });
      return { points: sum.points + w.points, doses: sum.doses + p.input.doses.length };
    },
    { points: 0, doses: 0 },
  );
  const over = populationOverCap(work, subjects);
  if (over !== null) throw new UsageError(over);
  const columns: ExtraColumn[] = [];
  const summaries: Record<string, unknown>[] = [];
  plans.forEach((plan, k) => {
    // The plan's own input: the bands vary the curve the CSV's typical columns show.
    const p = simulatePopulationOf(plan.input, plan.regimen, { subjects, seed });
    const names = bandColumnNames(k === 0 ? '' : `r${k + 1}_${plan.compound}_`);
    BAND_KEYS.forEach((key, i) => columns.push({ name: names[i]!, values: p.plasmaNgPerMl[key] }));
    summaries.push(populationSummary(p));
  });
  return { columns, summaries };
}
