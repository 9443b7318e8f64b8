import { DOMParser } from '@xmldom/xmldom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '../../sim';
import { formatDuration, regimenCaption } from '../../renderer/src/export/caption';
import { buildCsv, csvChunks, formatValue } from '../../renderer/src/export/csv';
import { buildExportData } from '../../renderer/src/export/exportData';
import { buildFigure } from '../../renderer/src/export/figure';
import { crc32, isPng, pngDpi, pngSize, withDpi } from '../../renderer/src/export/pngMeta';
import { composeSvg } from '../../renderer/src/export/svg';
import { formatTick, linearScale, logScale, timeScale } from '../../renderer/src/export/ticks';

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
  const parse = (text: string) => Papa.parse<string[]>(text, { comments: '#', skipEmptyLines: true }).data;

  it('has a header with units and one row per output point (not downsampled)', () => {
    const s = scenario((x) => {
      x.display.compareFat = true;
    });
    const rows = parse(buildCsv(buildExportData(s), META));
    const [header, ...data] = rows;
    expect(header).toEqual([
      'time_h',
      'time_days',
      'mk7_plasma_ng_per_ml',
      'mk7_nofat_plasma_ng_per_ml',
      'mk7_bone_carboxylated_pct',
      'mk7_artery_carboxylated_pct',
      'mk4_plasma_ng_per_ml',
      'mk4_nofat_plasma_ng_per_ml',
      'mk4_bone_carboxylated_pct',
      'mk4_artery_carboxylated_pct',
      'k1_plasma_ng_per_ml',
      'k1_nofat_plasma_ng_per_ml',
      'k1_bone_carboxylated_pct',
      'k1_artery_carboxylated_pct',
    ]);
    // 30 days at 60-minute steps: 0, 1, ..., 720 h.
    expect(data.length).toBe(30 * 24 + 1);
    expect(data.every((row) => row.length === header!.length)).toBe(true);
    expect(data[720]![0]).toBe('720');
    expect(data[720]![1]).toBe('30');
  });

  it('uses only shown curves, the chosen units, and decimal points (never commas) in numbers', () => {
    const s = scenario((x) => {
      x.display.visible = ['mk7'];
      x.display.showTissue = false;
      x.display.units = 'nmol/L';
      x.stepMin = 15;
      x.horizonDays = 2;
    });
    const text = buildCsv(buildExportData(s), META);
    const [header, ...data] = parse(text);
    expect(header).toEqual(['time_h', 'time_days', 'mk7_plasma_nmol_per_l']);
    expect(data.length).toBe(2 * 24 * 4 + 1);
    for (const row of data) {
      for (const cell of row) expect(cell).toMatch(/^-?\d+(\.\d+)?(e-?\d+)?$/);
    }
    // The peak after the first dose is near 1.3 nmol/L (about 0.9 ng/mL × 1000 / 649 g/mol).
    const peak = Math.max(...data.map((r) => Number(r[2])));
    expect(peak).toBeGreaterThan(0.5);
    expect(peak).toBeLessThan(3);
  });

  it('starts with # lines naming the version, regimen and parameter values used', () => {
    const s = scenario((x) => {
      x.regimens.forEach((r) => (r.overrides = r.compound === 'mk7' ? { tHalfH: 72 } : {}));
    });
    const text = buildCsv(buildExportData(s), META);
    const comments = text.split('\r\n').filter((l) => l.startsWith('#'));
    expect(comments[0]).toContain('K2 Kinetics 9.8.7');
    expect(comments).toContain(
      '# regimen: MK-7, MK-4 and K1: 90 µg every 24 h with a 15 g-fat meal, 30 days',
    );
    const mk7 = comments.find((l) => l.startsWith('# mk7 parameters'))!;
    expect(mk7).toContain('t_half_h=72 (user)');
    expect(mk7).toContain('ka_per_h=1.72 (estimate)');
    expect(mk7).toContain('molar_mass_g_per_mol=649');
    expect(comments.some((l) => l.startsWith('# sources: ') && l.includes('Schurgers 2007'))).toBe(true);
    // Everything after the comments is the table.
    const firstData = text.split('\r\n').findIndex((l) => !l.startsWith('#'));
    expect(text.split('\r\n')[firstData]).toMatch(/^time_h,time_days,/);
  });

  it('quotes a scenario name with commas and quotes only inside the comments, never breaking rows', () => {
    const s = scenario((x) => {
      x.name = 'Dose, "test"\nline';
    });
    const text = buildCsv(buildExportData(s), META);
    expect(text).toContain('# scenario: Dose, "test" line');
    expect(parse(text).length).toBe(722);
  });

  it('streams in chunks that add up to the whole file, reporting progress', () => {
    const s = scenario((x) => {
      x.horizonDays = 100;
    });
    const data = buildExportData(s);
    const chunks = [...csvChunks(data, META, 500)];
    expect(chunks.at(-1)!.rowsDone).toBe(2401);
    expect(chunks.every((c) => c.rowsTotal === 2401)).toBe(true);
    expect(chunks.map((c) => c.text).join('')).toBe(buildCsv(data, META));
  });

  it('formats values with seven significant digits and a decimal point', () => {
    expect(formatValue(0)).toBe('0');
    expect(formatValue(1234.56789)).toBe('1234.568');
    expect(formatValue(0.000123456789)).toBe('0.0001234568');
    expect(formatValue(1.5e-9)).toBe('1.5e-9');
  });

  it('exports ten years at hourly resolution in well under a second', () => {
    const s = scenario((x) => {
      x.horizonDays = 3650;
      x.display.compareFat = true;
    });
    const start = performance.now();
    const text = buildCsv(buildExportData(s), META);
    const ms = performance.now() - start;
    expect(text.split('\r\n').filter((l) => l !== '' && !l.startsWith('#')).length).toBe(3650 * 24 + 2);
    // Loose bound so a slow CI machine passes; the report gives measured numbers.
    expect(ms).toBeLessThan(3000);
  });
});

describe('export SVG', () => {
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
  const svgFor = (s: Scenario, w = 960, h = 540) =>
    composeSvg(buildFigure(buildExportData(s), META.appVersion), w, h);

  it('is standalone, well-formed XML with size, viewBox and no external references', () => {
    const svg = svgFor(scenario((x) => (x.name = 'A & B <test>')));
    const doc = parseSvg(svg);
    const root = doc.documentElement!;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('960');
    expect(root.getAttribute('height')).toBe('540');
    expect(root.getAttribute('viewBox')).toBe('0 0 960 540');
    expect(root.getAttribute('font-family')).toMatch(/sans-serif$/);
    expect(svg).not.toMatch(/href=|@import|url\((?!#)/);
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('MK-7, MK-4 and K1 in plasma and tissue');
    expect(doc.getElementsByTagName('desc')[0]!.textContent).toMatch(/^A & B <test>\. MK-7/);
  });

  it('draws every shown curve as a path and has the title, caption, legend, axis labels with units and footer', () => {
    const svg = svgFor(scenario((x) => (x.display.compareFat = true)));
    const doc = parseSvg(svg);
    const paths = Array.from(doc.getElementsByTagName('path'));
    expect(paths.map((p) => p.getAttribute('data-series'))).toEqual([
      'mk7_plasma_ng_per_ml',
      'mk7_nofat_plasma_ng_per_ml',
      'mk4_plasma_ng_per_ml',
      'mk4_nofat_plasma_ng_per_ml',
      'k1_plasma_ng_per_ml',
      'k1_nofat_plasma_ng_per_ml',
      'mk7_bone_carboxylated_pct',
      'mk7_artery_carboxylated_pct',
      'mk4_bone_carboxylated_pct',
      'mk4_artery_carboxylated_pct',
      'k1_bone_carboxylated_pct',
      'k1_artery_carboxylated_pct',
    ]);
    for (const p of paths) expect(p.getAttribute('d')!.split('L').length).toBeGreaterThan(100);
    expect(paths[1]!.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(paths[0]!.getAttribute('stroke')).toBe('#0072B2');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'MK-7, MK-4 and K1 in plasma and tissue',
        'MK-7',
        'MK-7 (no fat)',
        'MK-4',
        'K1',
        'Bone: osteocalcin',
        'Artery: MGP',
        'Plasma concentration (ng/mL)',
        'Carboxylated (%)',
        'Time (days)',
        'Tissue exposure (illustrative model)',
      ]),
    );
    expect(texts.join(' ')).toContain('MK-7, MK-4 and K1: 90 µg every 24 h with a 15 g-fat meal, 30 days');
    expect(texts.join(' ')).toContain('K2 Kinetics 9.8.7');
    expect(texts.join(' ')).toContain('Schurgers 2007');
  });

  it('keeps every coordinate inside the image at both presets and all text within the width', () => {
    for (const [w, h] of [
      [960, 540],
      [1600, 1000],
    ] as const) {
      const doc = parseSvg(svgFor(scenario(), w, h));
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

  it('follows the display settings: units, log axis, hidden tissue, no compounds', () => {
    const log = parseSvg(
      svgFor(
        scenario((x) => {
          x.display.axis = 'log';
          x.display.units = 'nmol/L';
          x.display.showTissue = false;
        }),
      ),
    );
    const texts = Array.from(log.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toContain('Plasma concentration (nmol/L)');
    expect(texts).toEqual(expect.arrayContaining(['0.01', '0.1', '1']));
    expect(texts).not.toContain('Tissue exposure (illustrative model)');
    const none = parseSvg(svgFor(scenario((x) => (x.display.visible = []))));
    expect(none.getElementsByTagName('path').length).toBe(0);
  });

  it('composes ten years at hourly resolution quickly, keeping the SVG small', () => {
    const s = scenario((x) => (x.horizonDays = 3650));
    const start = performance.now();
    const svg = svgFor(s);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(svg.length).toBeLessThan(2_000_000);
  });
});

describe('ticks', () => {
  it('picks nice linear steps from 0 and decades on log axes', () => {
    expect(linearScale(0, 1.8).ticks).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(logScale(0.0004, 1.8).ticks).toEqual([0.0001, 0.001, 0.01, 0.1, 1, 10]);
    expect(logScale(1e-12, 1.8).ticks.length).toBe(6);
    expect(timeScale(3650).ticks).toEqual([0, 1000, 2000, 3000]);
    expect(timeScale(3650).max).toBe(3650);
    expect(formatTick(2000)).toBe('2,000');
    expect(formatTick(0.0001)).toBe('0.0001');
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
    const data = buildExportData(scenario());
    const bone = data.series.find((s) => s.column === 'mk7_bone_carboxylated_pct')!;
    // Starts at the bone baseline (50 %) and rises with MK-7 over the month, below the 95 % maximum.
    expect(bone.values[0]).toBeCloseTo(50, 6);
    expect(bone.values[bone.values.length - 1]!).toBeGreaterThan(55);
    expect(Math.max(...bone.values)).toBeLessThan(95);
  });
});
