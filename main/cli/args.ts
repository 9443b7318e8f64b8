import { parseArgs } from 'node:util';
import { COMPOUND_IDS, type CompoundId } from '../../sim/model/types';
import type { PkOverrides } from '../../sim/presets/compounds';
import { LIMITS, ruleBroken, type Limit } from '../../sim/scenario/limits';
import { populationOverCap, scenarioWork, workOverCap } from '../../sim/scenario/work';
import { UsageError } from '../../sim/cli/usageError';

/** What the command line asked for, validated. */
export interface CliOptions {
  compound: CompoundId;
  doseUg: number;
  intervalH: number;
  days: number;
  doses: number | null;
  fatG: number;
  overrides: PkOverrides;
  stepMin: number;
  scenarioPath: string | null;
  format: 'csv' | 'json' | 'summary';
  outPath: string | null;
  /** Virtual people: 1 is the typical subject only (the output of old); more adds percentile bands. */
  subjects: number;
  /** Seed of the population (only with subjects > 1). */
  seed: number;
}

export { UsageError };

/** Each numeric option's row in the one limits table (sim/scenario/limits.ts), shared with files and the app. */
const NUMERIC = {
  'dose-ug': LIMITS.doseUg,
  'interval-h': LIMITS.intervalH,
  days: LIMITS.horizonDays,
  doses: LIMITS.doseCount,
  'fat-g': LIMITS.fatG,
  'ka-per-h': LIMITS.kaPerH,
  't-half-h': LIMITS.tHalfH,
  'v-l': LIMITS.volumeL,
  f: LIMITS.f,
  'lag-h': LIMITS.lagH,
  'step-min': LIMITS.stepMin,
  subjects: LIMITS.subjects,
  seed: LIMITS.seed,
} as const satisfies Record<string, Limit>;
type NumericOption = keyof typeof NUMERIC;

/**
 * Options that make no sense together with --scenario: the file sets them. --step-min is among them (refused,
 * not applied): the scenario's own output step is part of what it describes, and one source of truth is clearer.
 */
const REGIMEN_OPTIONS = [
  'compound',
  'dose-ug',
  'interval-h',
  'days',
  'doses',
  'fat-g',
  'ka-per-h',
  't-half-h',
  'v-l',
  'f',
  'lag-h',
  'step-min',
] as const;

/**
 * Fat with each dose when --fat-g is not given: the app's default meal, breakfast (15 g), so the command line
 * and the app give the same numbers for the same dose. The published MK-7, MK-4 and K1 levels were all measured
 * with a meal (Schurgers 2007, Sato 2012, Uematsu 1996); 0 g (fasted) is the exception, and is asked for.
 * Written out, not imported from DEFAULT_MEAL_FAT_G (sim/schedule/schema.ts): that module brings zod into every
 * start of the command line. tests/sim/cli-words.test.ts checks the two agree.
 */
export const DEFAULT_FAT_G = 15;

export const USAGE = `Usage: k2-simulate [options]
       (from a checkout of the project: npm run -s simulate -- [options])
  --compound mk4|mk7|k1   preset (default mk7; any case, MK-7 too)
  --dose-ug N             amount per dose in µg (default 100)
  --interval-h N          hours between doses (default 24)
  --days N                simulated days (default 30)
  --doses N               number of doses (default: all that fit, first at t = 0)
  --fat-g N               grams of fat in the meal with each dose (default ${DEFAULT_FAT_G}, a breakfast, as in
                          the app; 0 means fasted)
  --ka-per-h N  --t-half-h N  --v-l N  --f N  --lag-h N   override preset parameters (--f fixes F, ignoring fat)
  --step-min N            output resolution in minutes (default 60)
  --scenario FILE         run a saved scenario file instead of the options above
  --subjects N            virtual people (default 1, the typical subject); N > 1 adds percentile
                          columns to the CSV and a population object to the summary
  --seed S                seed of the virtual people (default 1; the same seed gives the same people)
  --format csv|json|summary   (default csv)
  --out FILE              write to FILE instead of standard output

The summary's accumulation_ratio, time_to_90pct_ss_h and steady_state are those of the regular schedule
continued unchanged (steady_state_assumes says which); with --doses N they are what it would reach if it
continued past its N doses. One dose (--doses 1) repeats nothing: they are null, and so is
trough_ng_per_ml (no dosing interval). notes holds every caveat the app shows next to a number.`;

/** Appended to a refusal about how the command is used (not to a value outside its limits, which says why). */
const SEE_HELP = ' (k2-simulate --help lists the options)';

/** What each option needs after it, for "--dose-ug needs a number". */
const VALUE_OF: Record<string, string> = {
  compound: 'mk4, mk7 or k1',
  format: 'csv, json or summary',
  scenario: 'a file name',
  out: 'a file name',
};

export function parseCliArgs(argv: string[]): CliOptions | 'help' {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(joinNegativeValues(argv));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // "Option '--days <value>' argument missing" (last word) and "Option '--dose-ug' argument is ambiguous"
    // (followed by another option): either way the option has no value.
    const valueless = /^Option '--([a-z-]+)(?: <value>)?' argument (?:missing|is ambiguous)/.exec(message);
    if (valueless) {
      const name = valueless[1]!;
      throw new UsageError(`--${name} needs ${VALUE_OF[name] ?? 'a number'} after it${SEE_HELP}`);
    }
    // Node's messages go on with advice about '--'; the first sentence names the problem.
    throw new UsageError(message.split(/\.\s/)[0]!.replace(/\.$/, '') + SEE_HELP);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  // parseArgs lets the last of a repeated option win silently; a repeat is almost always a mistake.
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name))
      throw new UsageError(`${token.rawName} given twice: give each option once${SEE_HELP}`);
    seen.add(token.name);
  }
  if (parsed.positionals.length > 0)
    throw new UsageError(`unexpected argument '${parsed.positionals[0]}'${SEE_HELP}`);

  const num = (name: NumericOption, fallback: number): number => {
    const raw = v[name];
    if (raw === undefined) return fallback;
    const rule = NUMERIC[name];
    // Number('') is 0 and Number('1,5') is NaN; accept plain decimal numbers only, with a point.
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw.trim())) {
      const hint = /^\d+,\d+$/.test(raw.trim()) ? ' (use a decimal point, not a comma)' : '';
      throw new UsageError(`--${name} must be a number, got '${raw}'${hint}`);
    }
    const n = Number(raw);
    const broken = ruleBroken(rule, n);
    if (broken !== null) throw new UsageError(`--${name} ${broken}, got ${raw.trim()}`);
    return n;
  };

  // As the app labels them (MK-7) or as the ids are written (mk7): any case, with or without the hyphen.
  const compound = (v.compound ?? 'mk7').trim().toLowerCase().replace(/-/g, '');
  if (!(COMPOUND_IDS as readonly string[]).includes(compound)) {
    throw new UsageError(
      `--compound must be one of ${COMPOUND_IDS.join(', ')} (any case; MK-7 too), got '${v.compound}'${SEE_HELP}`,
    );
  }
  const format = v.format ?? 'csv';
  if (format !== 'csv' && format !== 'json' && format !== 'summary') {
    throw new UsageError(`--format must be csv, json or summary, got '${format}'${SEE_HELP}`);
  }
  const scenarioPath = v.scenario ?? null;
  if (scenarioPath !== null) {
    const clash = REGIMEN_OPTIONS.find((o) => v[o] !== undefined);
    if (clash)
      throw new UsageError(`--scenario cannot be combined with --${clash}: the scenario file sets it`);
  }
  const overrides: PkOverrides = {};
  if (v['ka-per-h'] !== undefined) overrides.kaPerH = num('ka-per-h', 0);
  if (v['t-half-h'] !== undefined) overrides.tHalfH = num('t-half-h', 0);
  if (v['v-l'] !== undefined) overrides.volumeL = num('v-l', 0);
  if (v.f !== undefined) overrides.f = num('f', 0);
  if (v['lag-h'] !== undefined) overrides.lagH = num('lag-h', 0);

  const options: CliOptions = {
    compound: compound as CompoundId,
    doseUg: num('dose-ug', 100),
    intervalH: num('interval-h', 24),
    days: num('days', 30),
    doses: v.doses === undefined ? null : num('doses', 0),
    fatG: num('fat-g', DEFAULT_FAT_G),
    overrides,
    stepMin: num('step-min', 60),
    scenarioPath,
    format,
    outPath: v.out ?? null,
    subjects: num('subjects', 1),
    seed: num('seed', 1),
  };
  if (v.seed !== undefined && options.subjects === 1) {
    throw new UsageError(
      '--seed needs --subjects greater than 1: one subject is the typical person, with no randomness',
    );
  }
  // Bound the work before doing it (a scenario file is checked by its parser): the same caps as files and the app.
  if (scenarioPath === null) {
    const work = scenarioWork({
      horizonDays: options.days,
      stepMin: options.stepMin,
      regimens: [{ intervalH: options.intervalH, doseCount: options.doses }],
    });
    const over = workOverCap(work);
    if (over !== null) throw new UsageError(over);
    if (options.subjects > 1) {
      // Every person holds every output point and every dose (sim/scenario/work.ts populationOverCap).
      const population = populationOverCap(work, options.subjects);
      if (population !== null) throw new UsageError(population);
    }
  }
  return options;
}

/** `--dose-ug -5` reads as two options to parseArgs; join it to `--dose-ug=-5` so the range check can name the problem. */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg.startsWith('--') && !arg.includes('=') && next !== undefined && /^-\d|^-\.\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    tokens: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      compound: { type: 'string' },
      'dose-ug': { type: 'string' },
      'interval-h': { type: 'string' },
      days: { type: 'string' },
      doses: { type: 'string' },
      'fat-g': { type: 'string' },
      'ka-per-h': { type: 'string' },
      't-half-h': { type: 'string' },
      'v-l': { type: 'string' },
      f: { type: 'string' },
      'lag-h': { type: 'string' },
      'step-min': { type: 'string' },
      scenario: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      subjects: { type: 'string' },
      seed: { type: 'string' },
    },
  });
}
