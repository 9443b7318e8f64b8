import { ENGLISH, type Translator } from '../i18n/translator';
/**
 * The one limits table. The zod scenario schema (schema.ts) is built from it, and the command line
 * (main/cli/args.ts) and the app's number boxes (renderer/src/controls/bounds.ts) read the same rows, so all
 * three refuse the same values with the same words (see ruleBroken below).
 */

/** A number a user can give: its range, whether it must be whole, and how to name it in a message. */
export interface Limit {
  /** The name a user sees, e.g. "Dose". */
  name: string;
  /** Unit printed after numbers, e.g. "µg"; '' when the value has none. */
  unit: string;
  min: number;
  /** true: the value must be greater than min (min itself is refused). */
  minExclusive: boolean;
  max: number;
  integer: boolean;
}

const limit = (
  name: string,
  unit: string,
  min: number,
  max: number,
  options: { minExclusive?: boolean; integer?: boolean } = {},
): Limit => ({
  name,
  unit,
  min,
  max,
  minExclusive: options.minExclusive ?? false,
  integer: options.integer ?? false,
});

/** Longest horizon (days): ten years, leap days included. */
const MAX_DAYS = 3660;

export const LIMITS = {
  doseUg: limit('Dose', 'µg', 0, 1_000_000),
  // Any positive interval is a valid field; a tiny one is stopped by the dose cap (MAX_DOSES) instead.
  intervalH: limit('Dosing interval', 'h', 0, 24 * 366, { minExclusive: true }),
  horizonDays: limit('Duration', 'days', 0, MAX_DAYS, { minExclusive: true }),
  fatG: limit('Meal fat', 'g', 0, 500),
  stepMin: limit('Output step', 'min', 0.01, 60 * 24 * 7),
  firstDoseH: limit('First dose time', 'h', 0, MAX_DAYS * 24),
  doseCount: limit('Number of doses', '', 0, 1_000_000, { integer: true }),
  // ka >= 1e-4 /h: an absorption half-life of at most ~290 days. Below that, exp(-ka t) rounds to 1 over any
  // horizon and the steady-state formulas divide 0 by 0 (ka = 1e-20 gave NaN); no vitamin K form is that slow.
  kaPerH: limit('Absorption rate ka', '/h', 1e-4, 1000),
  // t½ between 0.01 h (36 s) and 100,000 h (11 years): ke stays within 1e-5 .. 70 /h, where exp() is exact enough.
  tHalfH: limit('Elimination half-life', 'h', 0.01, 100_000),
  // V >= 0.01 L keeps concentrations finite (a volume near 0 divides by 0).
  volumeL: limit('Volume of distribution', 'L', 0.01, 100_000),
  f: limit('Bioavailability F', '', 0, 1, { minExclusive: true }),
  lagH: limit('Absorption lag', 'h', 0, 1000),
  extraTimeH: limit('Time', 'h', 0, MAX_DAYS * 24),
  extraAmountUg: limit('Amount', 'µg', 0, 1_000_000),
  missedDose: limit('Dose number', '', 0, 1_000_000, { integer: true }),
  // Virtual people (--subjects). 10,000 pins the 5th and 95th percentiles to within ±0.2 percentile points
  // (binomial SE sqrt(p(1 - p) / n) = 0.0022 at p = 0.05), far finer than a chart or a three-digit summary shows;
  // more would only cost time and memory, since every subject's curve is held to rank each time point. The work
  // itself is bounded by MAX_POPULATION_VALUES (10,000 people fit about 100 days at hourly output).
  subjects: limit('Subjects', '', 1, 10_000, { integer: true }),
  // mulberry32 takes a 32-bit seed: any whole number from 0 to 2^32 - 1 names a different population.
  seed: limit('Seed', '', 0, 4_294_967_295, { integer: true }),
} as const satisfies Record<string, Limit>;

export type LimitKey = keyof typeof LIMITS;

/** Scenario name, regimen label and notes lengths (characters). */
export const MAX_NAME_CHARS = 200;
export const MAX_LABEL_CHARS = 200;
export const MAX_NOTES_CHARS = 10_000;
/** Regimens in one scenario. */
export const MAX_REGIMENS = 24;

/**
 * Output points all regimens of one run may produce together (each regimen is one simulation on the same grid).
 * 10 years at 1-minute resolution for one regimen is 5.3 million. A point costs about 6 Float64 values in the
 * simulation result plus its printed row, so 6 million points stay well under 1 GB (measured: see the report
 * in the commit that added this, and tests/sim/limits.test.ts).
 */
export const MAX_OUTPUT_POINTS = 6_000_000;

/**
 * Doses of one run: regular doses that fall within the horizon, plus extra doses, plus missed-dose entries, over
 * all regimens. The simulator is O(points + doses) and each dose is a small object (~100 bytes) plus a chart
 * marker in the app; 100,000 covers an hourly dose for ten years (87,840) and keeps the work to well under a
 * second and tens of MB.
 */
export const MAX_DOSES = 100_000;

/**
 * Values a population run holds: one Float64 per subject per output point (8 bytes each), because percentiles
 * need every subject at each time. 25 million is 200 MB; measured at about 50 ns per value (1,000 subjects × 2,161
 * points: 110 ms of CPU, scripts/bench-population.ts), so the largest run takes about 1-2 s. 1,000 people over 90
 * days hourly for three regimens is 6.5 million; 10,000 people over 90 days hourly for one regimen 21.6 million.
 */
export const MAX_POPULATION_VALUES = 25_000_000;

/**
 * Measured levels (lab results) in one scenario. Each is drawn as a point and listed; a CSV import is counted
 * against it before its rows are read, so nothing enters the app that its file could not hold.
 */
export const MAX_MEASURED_LEVELS = 10_000;

const withUnit = (n: number, unit: string, tr: Translator): string =>
  unit ? tr.t('rule.withUnit', { value: tr.num(n), unit }) : tr.num(n);

/**
 * The rule a value breaks, in the words shared by the command line, file loader and app ("must be at least
 * 0 µg"), or null when the value is allowed.
 * @example ruleBroken(LIMITS.horizonDays, 4000) // => 'must be at most 3,660 days'
 */
export function ruleBroken(rule: Limit, value: number, tr: Translator = ENGLISH): string | null {
  if (!Number.isFinite(value)) return tr.t('rule.finite');
  if (rule.minExclusive ? value <= rule.min : value < rule.min) return minRule(rule, tr);
  if (value > rule.max) return tr.t('rule.atMost', { value: withUnit(rule.max, rule.unit, tr) });
  if (rule.integer && !Number.isInteger(value)) return tr.t('rule.whole');
  return null;
}

/** "must be at least 0 µg" or "must be more than 0 h". */
export function minRule(rule: Limit, tr: Translator = ENGLISH): string {
  return tr.t('rule.min', { exclusive: String(rule.minExclusive), value: withUnit(rule.min, rule.unit, tr) });
}

/** The allowed range in words, for hints: "more than 0 and at most 3,660 days". */
export function rangeText(rule: Limit, tr: Translator = ENGLISH): string {
  return tr.t('rule.range', {
    exclusive: String(rule.minExclusive),
    min: tr.num(rule.min),
    max: withUnit(rule.max, rule.unit, tr),
  });
}
