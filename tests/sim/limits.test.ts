/**
 * One table of out-of-range values, walked through all three doors a number comes in by: the command line
 * (parseCliArgs), a scenario file (parseScenarioText) and the app's number boxes (readTypedValue). Each must
 * refuse the value with the same rule words, written out by hand below (not computed by the code under test),
 * and accept the boundary value itself.
 */
import { describe, expect, it } from 'vitest';
import { cliRefusal } from '../support/cliRefusal';
import {
  defaultScenario,
  LIMITS,
  makeRegimen,
  molarMass,
  parseScenarioText,
  regimenMetrics,
  serializeScenario,
  simulateRegimen,
  type Scenario,
} from '../../sim/index';
import {
  DOSE_BOUNDS,
  DURATION_BOUNDS,
  FAT_BOUNDS,
  INTERVAL_BOUNDS,
  readTypedValue,
  type FieldBounds,
} from '../../renderer/src/controls/bounds';

interface Case {
  option: string;
  /** Puts the value into the default scenario (regimen 2 is MK-7). */
  put: (s: Scenario, value: number) => void;
  /** The file loader's subject: "Regimen 2 (MK-7): the dose". */
  fileSubject: string;
  ui: FieldBounds | null;
  bad: [value: number, rule: string][];
  /** Boundary values that all three accept. */
  good: number[];
}

const regimen2 = (s: Scenario) => s.regimens[1]!;

const CASES: Case[] = [
  {
    option: '--dose-ug',
    put: (s, v) => (regimen2(s).doseUg = v),
    fileSubject: 'Regimen 2 (MK-7): the dose',
    ui: DOSE_BOUNDS,
    bad: [
      [-5, 'must be at least 0 µg'],
      [1_000_001, 'must be at most 1,000,000 µg'],
    ],
    good: [0, 1_000_000],
  },
  {
    option: '--interval-h',
    put: (s, v) => s.regimens.forEach((r) => (r.intervalH = v)),
    fileSubject: 'Regimen 1 (MK-4): the dosing interval',
    ui: INTERVAL_BOUNDS,
    bad: [
      [0, 'must be more than 0 h'],
      [8785, 'must be at most 8,784 h'],
    ],
    good: [0.5, 8784],
  },
  {
    option: '--days',
    put: (s, v) => (s.horizonDays = v),
    fileSubject: 'Duration',
    ui: DURATION_BOUNDS,
    bad: [
      [0, 'must be more than 0 days'],
      [3661, 'must be at most 3,660 days'],
    ],
    good: [0.5, 3660],
  },
  {
    option: '--fat-g',
    put: (s, v) => (regimen2(s).fatG = v),
    fileSubject: 'Regimen 2 (MK-7): the meal fat',
    ui: FAT_BOUNDS,
    bad: [
      [-1, 'must be at least 0 g'],
      [501, 'must be at most 500 g'],
    ],
    good: [0, 500],
  },
  {
    option: '--step-min',
    put: (s, v) => (s.stepMin = v),
    fileSubject: 'Output step',
    ui: null,
    bad: [
      [0.001, 'must be at least 0.01 min'],
      [10081, 'must be at most 10,080 min'],
    ],
    good: [1, 10080],
  },
  {
    option: '--doses',
    put: (s, v) => (regimen2(s).doseCount = v),
    fileSubject: 'Regimen 2 (MK-7): the number of doses',
    ui: null,
    bad: [
      [2.5, 'must be a whole number'],
      [-1, 'must be at least 0'],
    ],
    good: [0, 3],
  },
  {
    option: '--ka-per-h',
    put: (s, v) => (regimen2(s).overrides.kaPerH = v),
    fileSubject: 'Regimen 2 (MK-7): the absorption rate ka',
    ui: null,
    bad: [
      [1e-20, 'must be at least 0.0001 /h'],
      [1001, 'must be at most 1,000 /h'],
    ],
    good: [1e-4, 1000],
  },
  {
    option: '--t-half-h',
    put: (s, v) => (regimen2(s).overrides.tHalfH = v),
    fileSubject: 'Regimen 2 (MK-7): the elimination half-life',
    ui: null,
    bad: [
      [0.001, 'must be at least 0.01 h'],
      [100_001, 'must be at most 100,000 h'],
    ],
    good: [0.01, 100_000],
  },
  {
    option: '--v-l',
    put: (s, v) => (regimen2(s).overrides.volumeL = v),
    fileSubject: 'Regimen 2 (MK-7): the volume of distribution',
    ui: null,
    bad: [
      [0, 'must be at least 0.01 L'],
      [100_001, 'must be at most 100,000 L'],
    ],
    good: [0.01, 100_000],
  },
  {
    option: '--f',
    put: (s, v) => (regimen2(s).overrides.f = v),
    fileSubject: 'Regimen 2 (MK-7): the bioavailability F',
    ui: null,
    bad: [
      [0, 'must be more than 0'],
      [1.5, 'must be at most 1'],
    ],
    good: [0.001, 1],
  },
  {
    option: '--lag-h',
    put: (s, v) => (regimen2(s).overrides.lagH = v),
    fileSubject: 'Regimen 2 (MK-7): the absorption lag',
    ui: null,
    bad: [
      [-1, 'must be at least 0 h'],
      [1001, 'must be at most 1,000 h'],
    ],
    good: [0, 1000],
  },
];

function fileError(put: (s: Scenario) => void): string | null {
  const s = defaultScenario();
  put(s);
  const parsed = parseScenarioText(serializeScenario(s));
  return parsed.ok ? null : parsed.error;
}

describe('one limits table: the command line, the file loader and the app refuse alike', () => {
  for (const c of CASES) {
    for (const [value, rule] of c.bad) {
      it(`${c.option} ${value}: "${rule}" everywhere`, () => {
        const text = String(value);
        expect(cliRefusal([c.option, text])).toBe(`${c.option} ${rule}, got ${text}`);
        const file = fileError((s) => c.put(s, value));
        expect(file).toContain(`${c.fileSubject} ${rule}, got `);
        if (c.ui) {
          const read = readTypedValue(text, c.ui);
          expect(read).toEqual({ ok: false, message: `${c.ui.name} ${rule}, got ${text}.` });
        }
      });
    }
    it(`${c.option} accepts its boundary values ${c.good.join(' and ')} everywhere`, () => {
      for (const value of c.good) {
        expect(cliRefusal([c.option, String(value)])).toBeNull();
        expect(fileError((s) => c.put(s, value))).toBeNull();
        if (c.ui) expect(readTypedValue(String(value), c.ui)).toEqual({ ok: true, value });
      }
    });
  }

  it('the UI sliders keep a smaller range than the schema, inside it', () => {
    for (const b of [DOSE_BOUNDS, INTERVAL_BOUNDS, DURATION_BOUNDS, FAT_BOUNDS]) {
      expect(b.min).toBeGreaterThanOrEqual(b.limit.min);
      expect(b.max).toBeLessThanOrEqual(b.limit.max);
    }
  });
});

describe('parameter limits keep the model finite', () => {
  it('every combination of extreme ka, t½ and V allowed gives finite curves and metrics', () => {
    // Independent truth: a model output is a real number; NaN/Infinity (as ka = 1e-20 gave) is never right.
    const ends = (l: (typeof LIMITS)['kaPerH']) => [l.min, l.max];
    for (const kaPerH of ends(LIMITS.kaPerH))
      for (const tHalfH of ends(LIMITS.tHalfH))
        for (const volumeL of ends(LIMITS.volumeL)) {
          const regimen = makeRegimen({
            compound: 'mk7',
            doseUg: 100,
            overrides: { kaPerH, tHalfH, volumeL },
          });
          const result = simulateRegimen(regimen, 24 * 30, 1);
          const metrics = regimenMetrics(regimen, result, molarMass('mk7'));
          const numbers: number[] = [...result.plasmaNgPerMl];
          JSON.stringify(metrics, (_k, x: unknown) => (typeof x === 'number' ? (numbers.push(x), x) : x));
          expect(numbers.every(Number.isFinite), JSON.stringify({ kaPerH, tHalfH, volumeL })).toBe(true);
        }
  });
});
