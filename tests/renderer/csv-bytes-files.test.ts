/**
 * Whole CSV files from the byte writers (sim/text/csvBytes.ts) against the text writers they replaced
 * (tests/support/textCsvWriter.ts: every number through the ECMAScript definition), byte for byte: the app's
 * streamed data CSV for several scenarios, and the command line's CSV for several regimens.
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, makeRegimen, scenarioView, type Scenario } from '../../sim';
import { csvChunks, planFor } from '../../sim/cli/format';
import { csvHeaderText } from '../../renderer/src/export/csv';
import { csvStreamChunks } from '../../renderer/src/export/csvStream';
import { textCliCsvChunks, textCsvRows } from '../support/textCsvWriter';
import { weekScenario } from '../sim/scheduleWeek';

function concat(chunks: Iterable<Uint8Array>): Uint8Array {
  const parts = [...chunks];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** First differing byte, with the text around it (a readable failure), or null. */
function firstDifference(a: Uint8Array, b: Uint8Array): string | null {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      const d = new TextDecoder();
      return `byte ${i}: ${d.decode(a.subarray(i - 40, i + 40))} | ${d.decode(b.subarray(i - 40, i + 40))}`;
    }
  }
  return a.length === b.length ? null : `lengths ${a.length} and ${b.length}`;
}

const encoder = new TextEncoder();

describe("the app's streamed CSV is byte for byte the text writer's file", () => {
  const cases: [string, () => Scenario][] = [
    ['default (3 compounds, tissue)', () => defaultScenario()],
    [
      'fat twins in nmol/L, 30 days at 1-minute steps',
      () => {
        const s = defaultScenario();
        s.display.compareFat = true;
        s.display.units = 'nmol/L';
        s.horizonDays = 30;
        s.stepMin = 1;
        return s;
      },
    ],
    ['a calendar week with edits and a personal factor', () => ({ ...weekScenario(), stepMin: 3 })],
    [
      'horizon not a multiple of the step, extra and missed doses',
      () => {
        const s = defaultScenario();
        s.horizonDays = 2.01;
        s.stepMin = 7;
        const mk7 = s.regimens.find((r) => r.compound === 'mk7')!;
        mk7.extraDoses = [{ timeH: 30.517, amountUg: 45, fatG: 0 }];
        mk7.missedDoses = [1];
        return s;
      },
    ],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      const s = make();
      const view = scenarioView(s);
      const before =
        csvHeaderText(view) +
        textCsvRows(
          view.timeH,
          view.series.map((x) => x.values),
          0,
          view.timeH.length,
        );
      const after = concat([...csvStreamChunks(s, 50_000)].map((c) => c.bytes));
      expect(firstDifference(after, encoder.encode(before))).toBeNull();
    });
  }
});

describe("the command line's CSV is byte for byte the text writer's file", () => {
  const plans = [
    [planFor(makeRegimen({ compound: 'mk7', doseUg: 180, fatG: 15 }), 'MK-7', 365 * 24, 1)],
    [planFor(makeRegimen({ compound: 'mk4', doseUg: 1500, fatG: 0, intervalH: 8 }), 'MK-4', 60 * 24, 1 / 60)],
    [
      planFor(makeRegimen({ compound: 'k1', doseUg: 100, fatG: 10 }), 'K1', 40 * 24 + 0.3, 0.7),
      planFor(makeRegimen({ compound: 'mk7', doseUg: 90, fatG: 5 }), 'MK-7', 40 * 24 + 0.3, 0.7),
    ],
  ];
  for (const p of plans) {
    it(p.map((x) => `${x.label} over ${x.input.horizonH} h every ${x.input.stepH} h`).join(' + '), () => {
      const before = encoder.encode([...textCliCsvChunks(p)].join(''));
      const after = concat(csvChunks(p));
      expect(firstDifference(after, before)).toBeNull();
    });
  }
});
