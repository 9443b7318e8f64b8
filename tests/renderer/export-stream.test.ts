/**
 * The streamed CSV export (renderer/src/export/csvStream.ts): produced block by block from the exact simulation
 * instead of the view's whole arrays. Checked byte for byte against the existing whole-view CSV (a wiring
 * check: both go through scenarioView's series and csv.ts's row writer), and its numbers against an
 * independent `simulate` run set up here from the presets (truth).
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  carboxylatedFraction,
  COMPOUND_PRESETS,
  defaultScenario,
  doseEvents,
  formatSignificant,
  presetParameters,
  scenarioView,
  simulate,
  streamedView,
  TISSUE_PRESET,
  type Scenario,
} from '../../sim';
import { CLI_DIGITS } from '../../sim/cli/format';

const formatNumber = (x: number): string => formatSignificant(x, CLI_DIGITS);
import { BOM, buildCsv, buildParametersCsv, formatValue } from '../../renderer/src/export/csv';
import { csvStreamChunks } from '../../renderer/src/export/csvStream';
import { ExportCanceled, streamCsv, type CsvByteChunk } from '../../renderer/src/export/csvStreamRunner';
import { expectClose } from '../support/expectClose';
import { weekScenario } from '../sim/scheduleWeek';
import { mulberry32 } from '../../sim';

function scenario(edit: (s: Scenario) => void = () => {}): Scenario {
  const s = defaultScenario();
  edit(s);
  return s;
}

// ignoreBOM: keep the byte-order mark in the text, as the file has it.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const streamed = (s: Scenario, chunkChars?: number): string =>
  [...csvStreamChunks(s, chunkChars)].map((c) => decoder.decode(c.bytes)).join('');

describe('streamed CSV: the same file as the whole-view CSV (wiring)', () => {
  const cases: [string, (s: Scenario) => void][] = [
    ['default (3 compounds, tissue)', () => {}],
    ['fat twins in nmol/L', (x) => ((x.display.compareFat = true), (x.display.units = 'nmol/L'))],
    ['no tissue, one compound shown', (x) => ((x.display.showTissue = false), (x.display.visible = ['mk7']))],
    [
      'two MK-7 regimens, missed and extra doses, overrides',
      (x) => {
        const mk7 = x.regimens.find((r) => r.compound === 'mk7')!;
        x.regimens.push({ ...mk7, doseUg: 180, overrides: { tHalfH: 50 }, missedDoses: [1, 3] });
        mk7.extraDoses = [{ timeH: 30.5, amountUg: 45, fatG: 0 }];
        x.display.compareFat = true;
      },
    ],
    ['horizon not a multiple of the step', (x) => ((x.horizonDays = 2.01), (x.stepMin = 7))],
    ['no compound shown (time columns only)', (x) => (x.display.visible = [])],
  ];
  for (const [name, edit] of cases) {
    it(name, () => {
      const s = scenario(edit);
      // Small chunks so several blocks and chunk boundaries are crossed.
      expect(streamed(s, 3000)).toBe(buildCsv(scenarioView(s)));
    });
  }

  it('a calendar schedule with edits and a personal factor (version 3), fat twins on', () => {
    const s: Scenario = { ...weekScenario(), stepMin: 10 };
    s.display = { ...s.display, compareFat: true };
    expect(streamed(s, 3000)).toBe(buildCsv(scenarioView(s)));
  });

  it('crosses block boundaries (16,384 points) unchanged: 20 days at 1-minute steps', () => {
    const s = scenario((x) => ((x.horizonDays = 20), (x.stepMin = 1), (x.display.visible = ['mk4'])));
    expect(streamed(s)).toBe(buildCsv(scenarioView(s)));
  });

  it('chunks hold whole rows, report progress, and stay near the requested size', () => {
    const s = scenario((x) => ((x.horizonDays = 30), (x.stepMin = 1)));
    const chunks = [...csvStreamChunks(s, 200_000)].map((c) => ({ ...c, text: decoder.decode(c.bytes) }));
    const rows = 30 * 24 * 60 + 1;
    expect(chunks[0]!.text.startsWith(BOM)).toBe(true);
    expect(chunks.every((c) => c.text.endsWith('\r\n'))).toBe(true);
    expect(chunks.every((c) => c.rowsTotal === rows)).toBe(true);
    expect(chunks.at(-1)!.rowsDone).toBe(rows);
    const done = chunks.map((c) => c.rowsDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    // Bounded: a chunk is cut at the first block after the size is reached, so it never exceeds the size
    // plus one block of rows (16,384 rows of 11 columns are under 2 MB).
    expect(Math.max(...chunks.map((c) => c.text.length))).toBeLessThan(200_000 + 2_000_000);
  });
});

describe('streamed CSV: numbers equal an independent simulate() run (truth)', () => {
  it('plasma in ng/mL and nmol/L, fat twin, bone and artery carboxylation', () => {
    const s = scenario((x) => {
      x.horizonDays = 12;
      x.stepMin = 20;
      x.display.compareFat = true;
      x.display.units = 'nmol/L';
      x.display.visible = ['mk7'];
      x.regimens.find((r) => r.compound === 'mk7')!.missedDoses = [4];
    });
    const text = streamed(s, 5000);
    const [header, ...rows] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual([
      'time_h',
      'time_days',
      'mk7_plasma_nmol_per_l',
      'mk7_nofat_plasma_nmol_per_l',
      'mk7_bone_carboxylated_pct',
      'mk7_artery_carboxylated_pct',
    ]);
    // Set up here from the presets, not through scenarioView or run.ts.
    const source = s.regimens.find((r) => r.compound === 'mk7')!;
    const horizonH = 12 * 24;
    const stepH = 20 / 60;
    const pk = presetParameters('mk7', source.overrides);
    const regimen = { ...source };
    const asTaken = simulate({
      pk,
      tissue: TISSUE_PRESET,
      doses: doseEvents(regimen, horizonH),
      horizonH,
      stepH,
    });
    const fasted = simulate({
      pk,
      tissue: TISSUE_PRESET,
      doses: doseEvents({ ...regimen, fatG: 0 }, horizonH),
      horizonH,
      stepH,
    });
    expect(rows.length).toBe(asTaken.timeH.length);
    const nmolPerNg = 1000 / COMPOUND_PRESETS.mk7.molarMassGPerMol.value;
    const sevenDigits = { rel: 5e-7, abs: 1e-300 };
    rows.forEach((row, i) => {
      const [t, days, plasma, nofat, bone, artery] = row.map(Number) as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      expectClose(t, asTaken.timeH[i]!, { abs: 5e-7 });
      expectClose(days, asTaken.timeH[i]! / 24, { abs: 5e-7 });
      expectClose(plasma, asTaken.plasmaNgPerMl[i]! * nmolPerNg, sevenDigits);
      expectClose(nofat, fasted.plasmaNgPerMl[i]! * nmolPerNg, sevenDigits);
      expectClose(
        bone,
        100 * carboxylatedFraction(TISSUE_PRESET.bone, asTaken.boneNgPerMl[i]! * nmolPerNg),
        sevenDigits,
      );
      expectClose(
        artery,
        100 * carboxylatedFraction(TISSUE_PRESET.artery, asTaken.arteryNgPerMl[i]! * nmolPerNg),
        sevenDigits,
      );
    });
    // The missed 5th dose (96 h) shows: no rise after it, a fasted twin below the curve as taken.
    expect(Number(rows[96 * 3 + 6]![2])).toBeLessThan(Number(rows[96 * 3 - 1]![2]));
    expect(Number(rows[6 * 3]![3])).toBeLessThan(Number(rows[6 * 3]![2]));
  });
});

describe('one significant-digit formatter for the app and the command line', () => {
  it('equals String(Number(x.toPrecision(d))) at 7 and 10 digits over random magnitudes (seeded)', () => {
    const random = mulberry32(20261125);
    for (let k = 0; k < 20_000; k++) {
      const magnitude = 10 ** Math.floor(random() * 44 - 22);
      const x = (random() - 0.2) * magnitude * (k % 7 === 0 ? 1e6 : 1);
      const xs = [x, Math.round(x), -Math.abs(x)];
      for (const v of xs) {
        expect(formatValue(v)).toBe(String(Number(v.toPrecision(7))));
        expect(formatNumber(v)).toBe(String(Number(v.toPrecision(10))));
        expect(formatSignificant(v, 7)).toBe(formatValue(v));
      }
    }
  });
});

describe('streamCsv (on the page; the worker path runs in e2e)', () => {
  it('hands every chunk in order, waiting for each, and the concatenation is the file', async () => {
    // 40 days at 1-minute steps of one compound: 57,601 rows, four blocks.
    const s = scenario((x) => ((x.horizonDays = 40), (x.stepMin = 1), (x.display.visible = ['k1'])));
    const got: CsvByteChunk[] = [];
    let writing = false;
    await streamCsv(s, {
      worker: false,
      chunkChars: 50_000,
      onChunk: async (chunk) => {
        expect(writing).toBe(false);
        writing = true;
        await new Promise((r) => setTimeout(r, 1));
        got.push(chunk);
        writing = false;
      },
    });
    expect(got.length).toBeGreaterThan(2);
    // Bytes compared as bytes: UTF-8 with the BOM (EF BB BF) first.
    expect(
      Buffer.concat(got.map((c) => c.bytes)).equals(Buffer.from(buildCsv(scenarioView(s)), 'utf8')),
    ).toBe(true);
    expect([...got[0]!.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('stops at once when canceled and rejects with ExportCanceled', async () => {
    const s = scenario((x) => ((x.horizonDays = 60), (x.stepMin = 1)));
    const controller = new AbortController();
    let chunks = 0;
    const run = streamCsv(s, {
      worker: false,
      chunkChars: 10_000,
      signal: controller.signal,
      onChunk: async () => {
        chunks++;
        if (chunks === 3) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ExportCanceled);
    expect(chunks).toBe(3);
  });
});

describe('parameters CSV from a streamed view (no arrays)', () => {
  it('is byte for byte the one made from the whole view', () => {
    const s = scenario((x) => {
      x.display.compareFat = true;
      x.regimens[1]!.missedDoses = [3];
      x.regimens[2]!.extraDoses = [{ timeH: 5, amountUg: 10, fatG: 0 }];
    });
    const meta = { appVersion: '1.2.3' };
    const { skeleton, pointCount } = streamedView(s);
    expect(skeleton.series.every((x) => x.values.length === 0)).toBe(true);
    expect(buildParametersCsv(skeleton, { ...meta, outputPoints: pointCount })).toBe(
      buildParametersCsv(scenarioView(s), meta),
    );
  });
});
