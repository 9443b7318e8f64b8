/**
 * Fuzzing as a test (issue 10, item 8): every generated input to the scenario parser and the command-line
 * argument parser either becomes a valid scenario/options or is refused with a one-line message; nothing
 * throws anything else. "Returns within a bound" is ensured by construction, not by a timer: whatever is
 * accepted is within the work caps (scenarioWork), and the simulator is O(points + doses), measured at the
 * caps (see the limits report). Seeded, so a failure reproduces.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { pathsOf, richScenario, setAt } from '../support/mutate';
import { MAX_DOSES, MAX_OUTPUT_POINTS, parseScenarioText, scenarioWork } from '../../sim/index';
import { parseCliArgs, UsageError } from '../../main/cli/args';

const SEED = 20261125;
const tried = { scenarioMutated: 0, scenarioText: 0, argv: 0, scenariosAccepted: 0, argvAccepted: 0 };
afterAll(() => {
  console.log(
    `fuzz inputs tried: ${tried.scenarioMutated} mutated scenarios, ${tried.scenarioText} raw texts, ${tried.argv} argv arrays (accepted: ${tried.scenariosAccepted} scenarios, ${tried.argvAccepted} argv)`,
  );
});

const PATHS = pathsOf(richScenario()).filter((p) => p.length > 0);

/** Values users and broken tools produce: edge numbers, wrong types, huge lists, deletions. */
const nastyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.double(),
  fc.constantFrom(0, -0, -1, 1e-20, 1e308, -1e308, 1e-4, 3660, 3661, 1_000_000, 0.0001, 0.01, 100_000),
  fc.integer(),
  fc.string(),
  fc.constant(undefined),
  fc.array(fc.nat(1_000_000), { maxLength: 50 }),
  fc.constant('x'.repeat(300)),
);

function expectOneLineRefusalOrBoundedScenario(text: string): void {
  const parsed = parseScenarioText(text);
  if (parsed.ok) {
    tried.scenariosAccepted++;
    const work = scenarioWork(parsed.scenario);
    expect(work.doses).toBeLessThanOrEqual(MAX_DOSES);
    expect(work.points).toBeLessThanOrEqual(MAX_OUTPUT_POINTS);
  } else {
    expect(parsed.error.length).toBeGreaterThan(0);
    // eslint-disable-next-line no-control-regex -- the point: no control character reaches the terminal
    expect(parsed.error).not.toMatch(/[\u0000-\u001f\u2028\u2029]/);
    expect(parsed.error.length).toBeLessThan(2000);
    expect(parsed.error).not.toMatch(/\bundefined\b|\[object Object\]|NaN/);
  }
}

describe('fuzz: scenario parser', () => {
  it('mutated valid scenarios: valid and within the caps, or refused with one line', () => {
    const base = richScenario();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...PATHS), nastyValue), { minLength: 1, maxLength: 6 }),
        (edits) => {
          tried.scenarioMutated++;
          const doc = edits.reduce<unknown>((d, [path, value]) => setAt(d, path, value), base);
          expectOneLineRefusalOrBoundedScenario(JSON.stringify(doc) ?? '');
        },
      ),
      { seed: SEED, numRuns: 4000 },
    );
  });

  it('work-heavy mutations stay within the caps or are refused', () => {
    const base = richScenario();
    const heavy = fc.record({
      horizonDays: fc.double({ min: 0.001, max: 3660, noNaN: true }),
      stepMin: fc.double({ min: 0.01, max: 600, noNaN: true }),
      intervalH: fc.double({ min: 1e-6, max: 48, noNaN: true }),
      regimens: fc.integer({ min: 1, max: 24 }),
    });
    fc.assert(
      fc.property(heavy, ({ horizonDays, stepMin, intervalH, regimens }) => {
        tried.scenarioMutated++;
        const one = { ...(base['regimens'] as Record<string, unknown>[])[0]!, intervalH };
        const doc = { ...base, horizonDays, stepMin, regimens: Array.from({ length: regimens }, () => one) };
        expectOneLineRefusalOrBoundedScenario(JSON.stringify(doc));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('arbitrary text and JSON: refused with one line, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.string()), (text) => {
        tried.scenarioText++;
        expectOneLineRefusalOrBoundedScenario(text);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});

const OPTIONS = [
  '--compound',
  '--dose-ug',
  '--interval-h',
  '--days',
  '--doses',
  '--fat-g',
  '--ka-per-h',
  '--t-half-h',
  '--v-l',
  '--f',
  '--lag-h',
  '--step-min',
  '--scenario',
  '--format',
  '--out',
  '--help',
  '-h',
  '--bogus',
  '--',
  '-5',
];
const argValue = fc.oneof(
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom(
    '0',
    '-0',
    '1e-20',
    '0.0001',
    '3660',
    '3661',
    '1,5',
    '1,000',
    '',
    ' ',
    'NaN',
    'Infinity',
    '0x10',
  ),
  fc.constantFrom('mk4', 'mk7', 'k1', 'csv', 'json', 'summary', 'x'),
  fc.string(),
);

describe('fuzz: command-line arguments', () => {
  it('random argv: options within the caps, help, or a one-line UsageError', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...OPTIONS), argValue), { maxLength: 12 }), (argv) => {
        tried.argv++;
        let result: ReturnType<typeof parseCliArgs>;
        try {
          result = parseCliArgs(argv);
        } catch (e) {
          expect(e).toBeInstanceOf(UsageError);
          const message = (e as UsageError).message;
          expect(message.length).toBeGreaterThan(0);
          expect(message).not.toContain('\n');
          return;
        }
        tried.argvAccepted++;
        if (result === 'help' || result.scenarioPath !== null) return;
        const work = scenarioWork({
          horizonDays: result.days,
          stepMin: result.stepMin,
          regimens: [{ intervalH: result.intervalH, doseCount: result.doses }],
        });
        expect(work.doses).toBeLessThanOrEqual(MAX_DOSES);
        expect(work.points).toBeLessThanOrEqual(MAX_OUTPUT_POINTS);
        for (const n of [result.doseUg, result.intervalH, result.days, result.fatG, result.stepMin])
          expect(Number.isFinite(n)).toBe(true);
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });
});
