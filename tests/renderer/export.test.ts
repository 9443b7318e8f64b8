import { DOMParser } from '@xmldom/xmldom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaultScenario, scenarioView, type Scenario } from '../../sim';
import { formatDuration, regimenCaption } from '../../renderer/src/export/caption';
import {
  BOM,
  buildCsv,
  buildParametersCsv,
  csvChunks,
  formatValue,
  PARAMETER_COLUMNS,
} from '../../renderer/src/export/csv';
import { DEFAULT_FIGURE_OPTIONS, type FigureOptions } from '../../renderer/src/export/figureSpec';
import { crc32, isPng, pngDpi, pngSize, withDpi } from '../../renderer/src/export/pngMeta';
import { PRINT_PLACED_WIDTH_CM, SIZE_PRESETS, type SizePresetId } from '../../renderer/src/export/presets';
import { exportSvg } from '../../renderer/src/export/runExport';
import { placedFontPt } from '../../renderer/src/plot/theme';

const META = { appVersion: '9.8.7' };

function scenario(edit: (s: Scenario) => void = () => {}): Scenario {
  const s = defaultScenario();
  edit(s);
  return s;
}

describe('caption', () => {
  it('describes the default regimen in words, K2 forms first', () => {
    expect(regimenCaption(scenario())).toBe(
      'MK-7, MK-4 and K1: 90 µg every 24 h with a 15 g-fat meal, 30 days',
    );
  });

  it('names only shown compounds, fasted doses, missed doses and the no-fat comparison', () => {
    const s = scenario((x) => {
      x.display.visible = ['mk7'];
      x.display.compareFat = true;
      x.regimens.forEach((r) =>
        Object.assign(r, { fatG: 0, missedDoses: [2, 5], doseUg: 180, intervalH: 12 }),
      );
      x.horizonDays = 1;
    });
    expect(regimenCaption(s)).toBe(
      'MK-7: 180 µg every 12 h, fasted, 2 missed doses, 1 day; dashed: the same doses without fat',
    );
  });

  it('gives compounds with different schedules their own clause', () => {
    const s = scenario((x) => {
      x.regimens.find((r) => r.compound === 'k1')!.doseUg = 1000;
    });
    expect(regimenCaption(s)).toBe(
      'MK-7 and MK-4: 90 µg every 24 h with a 15 g-fat meal; K1: 1,000 µg every 24 h with a 15 g-fat meal, 30 days',
    );
  });

  it('formats short and long durations', () => {
    expect(formatDuration(0.5)).toBe('12 h');
    expect(formatDuration(3650)).toBe('3,650 days (10 years)');
  });
});

describe('CSV export', () => {
  // A plain reader: no comment option, no skipped lines. The BOM must be the only thing before the header.
  const parse = (text: string) => {
    expect(text.startsWith(BOM)).toBe(true);
    return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  };

  it('has a header with units and one row per output point (not downsampled), nothing else', () => {
    const s = scenario((x) => {
      x.display.compareFat = true;
    });
    const rows = parse(buildCsv(scenarioView(s)));
    const [header, ...data] = rows;
    expect(header).toEqual([
      'time_h',
      'time_days',
      'mk4_plasma_ng_per_ml',
      'mk4_nofat_plasma_ng_per_ml',
      'mk7_plasma_ng_per_ml',
      'mk7_nofat_plasma_ng_per_ml',
      'k1_plasma_ng_per_ml',
      'k1_nofat_plasma_ng_per_ml',
      'mk4_bone_carboxylated_pct',
      'mk4_artery_carboxylated_pct',
      'mk7_bone_carboxylated_pct',
      'mk7_artery_carboxylated_pct',
      'k1_bone_carboxylated_pct',
      'k1_artery_carboxylated_pct',
    ]);
    // 30 days at 60-minute steps: 0, 1, ..., 720 h; every cell a number.
    expect(data.length).toBe(30 * 24 + 1);
    expect(data.every((row) => row.length === header!.length)).toBe(true);
    expect(data.every((row) => row.every((cell) => /^-?\d+(\.\d+)?(e-?\d+)?$/.test(cell)))).toBe(true);
    expect(data[720]![0]).toBe('720');
    expect(data[720]![1]).toBe('30');
  });

  it('numbers two regimens of one compound apart', () => {
    const s = scenario((x) => {
      x.regimens.push({ ...x.regimens.find((r) => r.compound === 'mk7')!, doseUg: 180 });
      x.display.showTissue = false;
    });
    const [header] = parse(buildCsv(scenarioView(s)));
    expect(header).toEqual([
      'time_h',
      'time_days',
      'mk4_plasma_ng_per_ml',
      'r2_mk7_plasma_ng_per_ml',
      'k1_plasma_ng_per_ml',
      'r4_mk7_plasma_ng_per_ml',
    ]);
  });

  it('uses only shown curves, the chosen units, and decimal points (never commas) in numbers', () => {
    const s = scenario((x) => {
      x.display.visible = ['mk7'];
      x.display.showTissue = false;
      x.display.units = 'nmol/L';
      x.stepMin = 15;
      x.horizonDays = 2;
    });
    const [header, ...data] = parse(buildCsv(scenarioView(s)));
    expect(header).toEqual(['time_h', 'time_days', 'mk7_plasma_nmol_per_l']);
    expect(data.length).toBe(2 * 24 * 4 + 1);
    // The peak after the first dose is near 1.3 nmol/L (about 0.9 ng/mL × 1000 / 649 g/mol).
    const peak = Math.max(...data.map((r) => Number(r[2])));
    expect(peak).toBeGreaterThan(0.5);
    expect(peak).toBeLessThan(3);
  });

  it('puts the parameters in a second CSV: a tidy table of regimen, quantity, value, unit, basis', () => {
    const s = scenario((x) => {
      x.name = 'Dose, "test"\nline';
      x.regimens.forEach((r) => (r.overrides = r.compound === 'mk7' ? { tHalfH: 72 } : {}));
      x.regimens.find((r) => r.compound === 'mk7')!.missedDoses = [28];
    });
    const rows = parse(buildParametersCsv(scenarioView(s), META));
    expect(rows[0]).toEqual([...PARAMETER_COLUMNS]);
    expect(rows.every((r) => r.length === PARAMETER_COLUMNS.length)).toBe(true);
    const find = (regimen: string, quantity: string) =>
      rows.find((r) => r[0] === regimen && r[1] === quantity);
    expect(find('', 'app')![2]).toBe('K2 Kinetics 9.8.7');
    expect(find('', 'scenario')![2]).toBe('Dose, "test"\nline');
    expect(find('2: MK-7', 't_half')).toEqual(['2: MK-7', 't_half', '72', 'h', 'user']);
    expect(find('2: MK-7', 'ka')).toEqual(['2: MK-7', 'ka', '1.72', '1/h', 'estimate']);
    // Doses numbered as the app numbers them: regular index 28 is "Dose 29".
    expect(find('2: MK-7', 'missed_doses')![2]).toBe('29');
    expect(find('', 'sources')![2]).toContain('Schurgers 2007');
  });

  it('streams in chunks that add up to the whole file, reporting progress', () => {
    const view = scenarioView(scenario((x) => (x.horizonDays = 100)));
    const chunks = [...csvChunks(view, 500)];
    expect(chunks.at(-1)!.rowsDone).toBe(2401);
    expect(chunks.every((c) => c.rowsTotal === 2401)).toBe(true);
    expect(chunks.map((c) => c.text).join('')).toBe(buildCsv(view));
  });

  it('formats values with seven significant digits and a decimal point', () => {
    expect(formatValue(0)).toBe('0');
    expect(formatValue(1234.56789)).toBe('1234.568');
    expect(formatValue(0.000123456789)).toBe('0.0001234568');
    expect(formatValue(1.5e-9)).toBe('1.5e-9');
  });
});

describe('export SVG (the chart kit rendered with react-dom/server)', () => {
  const errors: string[] = [];
  const parser = new DOMParser({
    errorHandler: {
      warning: (m: string) => errors.push(m),
      error: (m: string) => errors.push(m),
      fatalError: (m: string) => errors.push(m),
    },
  });
  const parseSvg = (svg: string) => {
    errors.length = 0;
    const doc = parser.parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    return doc;
  };
  const svgFor = (
    s: Scenario,
    preset: SizePresetId = 'slide',
    figure: FigureOptions = DEFAULT_FIGURE_OPTIONS,
  ) => exportSvg(s, { preset, density: 1, figure });
  const texts = (doc: Document, cls?: string) =>
    Array.from(doc.getElementsByTagName('text'))
      .filter((t) => !cls || (t.getAttribute('class') ?? '').split(' ').includes(cls))
      .map((t) => t.textContent);

  it('is standalone, well-formed XML with size, viewBox and no external references', () => {
    const svg = svgFor(scenario((x) => (x.name = 'A & B <test>')));
    const doc = parseSvg(svg);
    const root = doc.documentElement!;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('960');
    expect(root.getAttribute('height')).toBe('540');
    expect(root.getAttribute('viewBox')).toBe('0 0 960 540');
    expect(svg).not.toMatch(/href=|@import|url\((?!#)/);
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('A & B <test>');
    expect(doc.getElementsByTagName('desc')[0]!.textContent).toMatch(/^A & B <test>\. MK-7/);
  });

  it('draws every shown curve, the legend, axis titles with units, dose markers and the footer', () => {
    const doc = parseSvg(svgFor(scenario((x) => (x.display.compareFat = true))));
    const curves = Array.from(doc.getElementsByTagName('g')).filter((g) =>
      (g.getAttribute('class') ?? '').includes('recharts-line'),
    );
    expect(curves.map((g) => g.getAttribute('data-label'))).toEqual([
      'MK-4',
      'MK-4 (no fat)',
      'MK-7',
      'MK-7 (no fat)',
      'K1',
      'K1 (no fat)',
      'MK-4 bone (osteocalcin)',
      'MK-4 artery (MGP)',
      'MK-7 bone (osteocalcin)',
      'MK-7 artery (MGP)',
      'K1 bone (osteocalcin)',
      'K1 artery (MGP)',
    ]);
    // Wrapped lines (caption, footer) are joined with a space.
    const all = texts(doc).join(' ');
    for (const t of [
      'Plasma concentration (ng/mL)',
      'Time (days)',
      'MK-7 (no fat)',
      'bone: osteocalcin (solid)',
      'Educational simulation, not medical advice',
    ])
      expect(all).toContain(t);
    // Dose markers, one row per regimen, 30 doses each.
    expect(doc.getElementsByTagName('polygon').length).toBe(3 * 30);
  });

  it('shows a missed dose as a missed marker, not only in the caption', () => {
    const doc = parseSvg(svgFor(scenario((x) => (x.regimens[1]!.missedDoses = [4]))));
    const missed = Array.from(doc.getElementsByTagName('g')).filter(
      (g) => g.getAttribute('class') === 'dose-marker missed',
    );
    expect(missed.map((g) => g.getAttribute('data-dose'))).toEqual(['5']);
  });

  it('lets the user choose panels, title and footer', () => {
    const plasmaOnly = parseSvg(
      svgFor(scenario(), 'slide', { panels: 'plasma', title: false, footer: false }),
    );
    const all = texts(plasmaOnly).join(' | ');
    expect(all).toContain('Plasma concentration (ng/mL)');
    expect(all).not.toContain('Carboxylated');
    expect(all).not.toContain('K2 Kinetics');
    expect(plasmaOnly.getElementsByTagName('title')[0]!.textContent).toBe('');
    const tissueOnly = texts(
      parseSvg(svgFor(scenario(), 'slide', { ...DEFAULT_FIGURE_OPTIONS, panels: 'tissue' })),
    );
    expect(tissueOnly.join(' ')).not.toContain('Plasma concentration');
  });

  it('print preset: tick labels are at least 7 pt when the figure is placed 8.5 cm wide', () => {
    const preset = SIZE_PRESETS.print;
    const doc = parseSvg(svgFor(scenario(), 'print'));
    const sizes = Array.from(doc.getElementsByTagName('text'))
      .filter((t) => (t.getAttribute('class') ?? '').includes('plot-tick'))
      .map((t) => Number(t.getAttribute('font-size')));
    expect(sizes.length).toBeGreaterThan(5);
    // pt = font px / figure px × 8.5 cm × 72 / 2.54 (the formula, written out independently of placedFontPt).
    const smallestPt = ((Math.min(...sizes) / preset.widthPx) * PRINT_PLACED_WIDTH_CM * 72) / 2.54;
    expect(smallestPt).toBeGreaterThanOrEqual(7);
    expect(placedFontPt(Math.min(...sizes), preset.widthPx, 8.5)).toBeCloseTo(smallestPt, 9);
  });

  it('keeps every text anchor inside the image at both presets', () => {
    for (const id of ['slide', 'print'] as const) {
      const { widthPx: w, heightPx: h } = SIZE_PRESETS[id];
      const doc = parseSvg(svgFor(scenario(), id));
      for (const t of Array.from(doc.getElementsByTagName('text'))) {
        const x = Number(t.getAttribute('x'));
        const y = Number(t.getAttribute('y'));
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(w);
        expect(y).toBeGreaterThan(0);
        expect(y).toBeLessThanOrEqual(h);
      }
    }
  });

  it('follows the display settings: units, log axis floor from the data, hidden tissue, no compounds', () => {
    const logScenario = scenario((x) => {
      x.display.axis = 'log';
      x.display.units = 'nmol/L';
      x.display.showTissue = false;
    });
    const log = parseSvg(svgFor(logScenario));
    expect(texts(log)).toContain('Plasma concentration (nmol/L)');
    // The floor, always the first label, sits two whole decades below the decade of the lowest peak (MK-4).
    const peaks = scenarioView(logScenario).series.map((s) => Math.max(...s.values));
    const lowestPeak = Math.min(...peaks);
    const floor = texts(log, 'plot-tick-y')[0]!;
    const floorExp = Number(floor.replace(/^1e/, ''));
    expect(floor).toMatch(/^1e-\d+$/);
    expect(10 ** floorExp).toBeLessThanOrEqual(lowestPeak / 100);
    expect(10 ** floorExp).toBeGreaterThan(lowestPeak / 1000);
    expect(texts(log).join(' ')).not.toContain('Tissue exposure');
    const none = parseSvg(svgFor(scenario((x) => (x.display.visible = []))));
    expect(
      Array.from(none.getElementsByTagName('path')).filter(
        (p) => p.getAttribute('class') === 'recharts-curve',
      ),
    ).toHaveLength(0);
  });

  it('keeps a ten-year hourly figure small (downsampled to the plot width)', () => {
    const svg = svgFor(scenario((x) => (x.horizonDays = 3650)));
    expect(svg.length).toBeLessThan(2_000_000);
  });
});

describe('PNG metadata', () => {
  // A real 1 × 1 PNG (red pixel), as written by common encoders.
  const onePixel = Uint8Array.from(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
      'base64',
    ),
  );

  it('reads the signature and IHDR size', () => {
    expect(isPng(onePixel)).toBe(true);
    expect(pngSize(onePixel)).toEqual({ width: 1, height: 1 });
    expect(isPng(new TextEncoder().encode('<svg/>'))).toBe(false);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('records the resolution in a valid pHYs chunk, keeping the image', () => {
    expect(pngDpi(onePixel)).toBeNull();
    const out = withDpi(onePixel, 300);
    expect(pngDpi(out)).toBe(300);
    expect(pngSize(out)).toEqual({ width: 1, height: 1 });
    expect(out.length).toBe(onePixel.length + 21);
    expect(pngDpi(withDpi(out, 192))).toBe(192);
    expect(withDpi(out, 192).length).toBe(out.length);
    // Every chunk's CRC matches its type and data.
    const view = new DataView(out.buffer);
    for (let at = 8; at < out.length;) {
      const length = view.getUint32(at);
      expect(view.getUint32(at + 8 + length)).toBe(crc32(out.subarray(at + 4, at + 8 + length)));
      at += 12 + length;
    }
  });
});

describe('tissue columns', () => {
  it('are the carboxylated fractions the tissue chart shows, in % between baseline and maximum', () => {
    const view = scenarioView(scenario());
    const bone = view.series.find((s) => s.column === 'mk7_bone_carboxylated_pct')!;
    // Starts at the bone baseline (50 %) and rises with MK-7 over the month; the calibrated bone EC50 (Jiang 2014,
    // issue 15) makes the rise modest, far below the 100 % maximum.
    expect(bone.values[0]).toBeCloseTo(50, 6);
    expect(bone.values[bone.values.length - 1]!).toBeGreaterThan(52);
    expect(Math.max(...bone.values)).toBeLessThan(100);
  });
});
