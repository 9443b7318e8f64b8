import { formatNumber, MAX_DOSES, MAX_OUTPUT_POINTS, MAX_POPULATION_VALUES } from './limits';

/** The parts of a scenario that decide how much work a run is (a scenario, or the command line's options). */
export interface WorkShape {
  horizonDays: number;
  stepMin: number;
  regimens: readonly {
    intervalH: number;
    firstDoseH?: number;
    doseCount?: number | null;
    missedDoses?: readonly unknown[];
    extraDoses?: readonly unknown[];
  }[];
}

/** What a run costs: doses handled and output points produced, over all regimens. */
export interface ScenarioWork {
  doses: number;
  points: number;
}

/**
 * The work of a run, counted without doing it: for each regimen, the regular doses that fit in the horizon
 * (as regimen/doseEvents counts them, capped by doseCount) plus its extra doses and missed-dose entries, and
 * the output grid's length (as simulate/outputGrid builds it: 0, step, 2·step, ..., horizon).
 * @example scenarioWork({ horizonDays: 1, stepMin: 60, regimens: [{ intervalH: 12 }] }) // { doses: 2, points: 25 }
 */
export function scenarioWork(s: WorkShape): ScenarioWork {
  const horizonH = s.horizonDays * 24;
  const stepH = s.stepMin / 60;
  const whole = Math.floor(horizonH / stepH + 1e-9);
  const aligned = Math.abs(whole * stepH - horizonH) <= 1e-9 * Math.max(1, horizonH);
  const pointsPerRegimen = whole + (aligned ? 1 : 2);
  let doses = 0;
  for (const r of s.regimens) {
    const firstDoseH = r.firstDoseH ?? 0;
    const fitting = Math.floor((horizonH - firstDoseH) / r.intervalH - 1e-9) + 1;
    doses += Math.max(0, Math.min(r.doseCount ?? fitting, fitting));
    doses += (r.extraDoses?.length ?? 0) + (r.missedDoses?.length ?? 0);
  }
  return { doses, points: pointsPerRegimen * s.regimens.length };
}

/**
 * The cap a run breaks, as one sentence naming it, or null. The same words in the command line, file loader
 * and app: "this run needs 72,000,001 doses; the limit is 100,000 doses (...)".
 */
export function workOverCap(work: ScenarioWork): string | null {
  if (!(work.doses <= MAX_DOSES)) {
    return `this run needs ${formatNumber(work.doses)} doses; the limit is ${formatNumber(MAX_DOSES)} doses (regular, extra and missed doses of all regimens): use a longer interval or a shorter duration`;
  }
  if (!(work.points <= MAX_OUTPUT_POINTS)) {
    return `this run needs ${formatNumber(work.points)} output points; the limit is ${formatNumber(MAX_OUTPUT_POINTS)} output points (all regimens): use a longer output step or a shorter duration`;
  }
  return null;
}

/**
 * The population cap a run breaks (subjects × output points of the regimens simulated, MAX_POPULATION_VALUES),
 * as one sentence, or null. The same words in the command line and the app.
 * @example populationOverCap(2161, 1000) // null
 */
export function populationOverCap(
  points: number,
  subjects: number,
  /** False where the number of people is fixed (the app): the advice then names only what can change. */
  peopleAdjustable = true,
): string | null {
  const values = points * subjects;
  if (values <= MAX_POPULATION_VALUES) return null;
  const advice = peopleAdjustable
    ? 'use fewer people, a longer output step or a shorter duration'
    : 'use a shorter duration (or a longer output step, stepMin, in the scenario file)';
  return `variation between ${formatNumber(subjects)} people needs ${formatNumber(values)} values (people × output points); the limit is ${formatNumber(MAX_POPULATION_VALUES)}: ${advice}`;
}
