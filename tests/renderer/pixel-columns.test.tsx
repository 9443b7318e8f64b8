/**
 * What the app draws of a long series (issue 16 §6, issue 20): per pixel column of the plot, the drawn points
 * have the same lowest and highest value as the full series (independent truth: the full series, binned into
 * the same columns here by hand), with at most two points per column; and the exported numbers are untouched
 * (the view's arrays are not modified). Many measured levels are drawn as one path per regimen, one circle per
 * pixel they fall on, each level's pixel present.
 */
import { line as d3Line } from 'd3-shape';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultScenario, makeRegimen, scenarioView, simulateRegimen } from '../../sim';
import {
  columnPoints,
  drawEnvelope,
  envelopeColumnIndices,
  envelopeColumns,
  panelModel,
  pixelColumnIndices,
  withColumnPoints,
  withColumnPointsUpTo,
} from '../../renderer/src/plot/model';
import { unpackView } from '../../renderer/src/view/useScenarioView';
import { viewMessage } from '../../renderer/src/view/viewMessage';
import {
  MAX_TITLED_MEASURED,
  MeasuredPoints,
  measuredCentres,
} from '../../renderer/src/plot/marks/MeasuredPoints';
import type { MarkContext } from '../../renderer/src/plot/marks/mark';
import { linePath } from '../../renderer/src/plot/marks/Curves';
import { PLOT_THEMES } from '../../renderer/src/plot/theme';

/** Lowest and highest value per pixel column of [0, days] over widthPx columns, from every point given. */
function columnExtremes(points: readonly { t: number; v: number }[], days: number, widthPx: number) {
  const out = new Map<number, { min: number; max: number }>();
  for (const p of points) {
    const c = Math.min(widthPx, Math.max(-1, Math.floor((p.t / days) * widthPx)));
    const e = out.get(c);
    if (!e) out.set(c, { min: p.v, max: p.v });
    else {
      e.min = Math.min(e.min, p.v);
      e.max = Math.max(e.max, p.v);
    }
  }
  return out;
}

function expectSameColumns(
  timeH: Float64Array,
  values: Float64Array,
  days: number,
  widthPx: number,
): { t: number; v: number }[] {
  const drawn = columnPoints({ timeH, values }, 0, days, widthPx);
  const full = Array.from(values, (v, i) => ({ t: timeH[i]! / 24, v }));
  expect(columnExtremes(drawn, days, widthPx)).toEqual(columnExtremes(full, days, widthPx));
  // At most two points per column, plus the first and last points.
  expect(drawn.length).toBeLessThanOrEqual(2 * (widthPx + 2) + 2);
  // In time order, and the first and last points are the series' own.
  for (let k = 1; k < drawn.length; k++) expect(drawn[k]!.t).toBeGreaterThan(drawn[k - 1]!.t);
  expect(drawn[0]).toEqual(full[0]);
  expect(drawn.at(-1)).toEqual(full.at(-1));
  return drawn;
}

describe('points drawn per pixel column', () => {
  it('90 days of daily MK-7 doses at 1-minute steps (129,601 points) on 731 px: every column keeps its extremes', () => {
    const run = simulateRegimen(
      makeRegimen({ compound: 'mk7', doseUg: 180, intervalH: 24 }),
      365 * 24,
      1 / 60,
    );
    const before = Float64Array.from(run.plasmaNgPerMl);
    const drawn = expectSameColumns(run.timeH, run.plasmaNgPerMl, 90, 731);
    expect(drawn.length).toBeLessThan(1500);
    // The series itself is what the CSV and the metrics read: unchanged.
    expect(run.plasmaNgPerMl.every((v, i) => Object.is(v, before[i]))).toBe(true);
  });

  it('random values on an irregular grid, with widths that do not divide the horizon', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const widthPx of [1, 17, 333.5, 800]) {
      const n = 20_000;
      const timeH = new Float64Array(n);
      for (let i = 1; i < n; i++) timeH[i] = timeH[i - 1]! + rand() * 2;
      const values = Float64Array.from({ length: n }, () => rand() * 100 - 50);
      const days = timeH[n - 1]! / 24;
      expectSameColumns(timeH, values, days, widthPx);
    }
  });

  it('a short series is drawn whole', () => {
    const timeH = Float64Array.from([0, 1, 2, 3, 4]);
    expect(pixelColumnIndices(timeH, Float64Array.from([1, 3, 2, 5, 4]), 0, 4 / 24, 600)).toEqual([
      0, 1, 2, 3, 4,
    ]);
  });

  it("the app's plasma panel draws each curve per column of its plot width, from the view's own arrays", () => {
    const s = defaultScenario();
    const view = scenarioView({ ...s, horizonDays: 400, stepMin: 10 });
    const model = withColumnPoints(panelModel(view, 'plasma', { points: 'none' }), view, 640);
    expect(model.lines.length).toBeGreaterThan(0);
    for (const line of model.lines) {
      const series = view.series.find((x) => x.key === line.key)!;
      expect(series.values.length).toBeGreaterThan(50_000);
      const full = Array.from(series.values, (v, i) => ({ t: series.timeH[i]! / 24, v }));
      expect(columnExtremes(line.points, 400, 640)).toEqual(columnExtremes(full, 400, 640));
    }
  });
});

describe('curves taken in turns (useColumnPointsInTurns)', () => {
  it('takes the lines that fit the budget, the first always, and the rest in later turns, ending as withColumnPoints', () => {
    const s = defaultScenario();
    const view = scenarioView({ ...s, horizonDays: 400, stepMin: 10 });
    const bare = panelModel(view, 'plasma', { points: 'none' });
    expect(bare.lines.length).toBe(3);
    const whole = withColumnPoints(bare, view, 640);
    // Values each line reads (the documented estimate: all of a series', or 4 √(n × 1,000) through an envelope).
    const cost = bare.lines.map((l) => {
      const n = view.series.find((x) => x.key === l.key)!.values.length;
      return Math.min(n, 4 * Math.sqrt(n * 1000));
    });
    // A budget below one line's cost takes the first line only; one that fits two lines takes two.
    const pendingAt = [1, cost[0]! + cost[1]!, cost[0]! + cost[1]! + cost[2]!].map((budget, turn) => {
      const { model, pending } = withColumnPointsUpTo(bare, view, 640, budget);
      model.lines.forEach((line, i) => expect(line.points).toEqual(i <= turn ? whole.lines[i]!.points : []));
      return pending;
    });
    expect(pendingAt).toEqual([2, 1, 0]);
    // An unbounded budget is withColumnPoints itself.
    expect(withColumnPointsUpTo(bare, view, 640, Infinity)).toEqual({ model: whole, pending: 0 });
  });
});

describe('many measured levels', () => {
  const theme = PLOT_THEMES.screen;
  const ctx: MarkContext = {
    x: (t) => 100 + (t / 100) * 700,
    y: (v) => 400 - v * 100,
    plot: { x: 100, y: 50, width: 700, height: 350 },
    theme,
  };
  const marks = (n: number, series: string) =>
    Array.from({ length: n }, (_, i) => ({
      key: `${series}${i}`,
      t: (i * 100) / n,
      v: 1 + (i % 7) / 10,
      color: series === 'MK-7' ? '#0072B2' : '#D55E00',
      label: `Measured ${series}: ${1 + (i % 7) / 10} ng/mL`,
      series,
    }));

  it('up to the limit each level is its own titled circle', () => {
    const html = renderToStaticMarkup(
      <svg>
        <MeasuredPoints ctx={ctx} points={marks(MAX_TITLED_MEASURED, 'MK-7')} />
      </svg>,
    );
    expect(html.match(/class="measured-point"/g)).toHaveLength(MAX_TITLED_MEASURED);
  });

  it('10,000 levels of two regimens: one path each, a circle on every pixel a level falls on', () => {
    const points = [...marks(7_000, 'MK-7'), ...marks(3_000, 'K1')];
    const html = renderToStaticMarkup(
      <svg>
        <MeasuredPoints ctx={ctx} points={points} />
      </svg>,
    );
    expect(html).not.toContain('class="measured-point"');
    const paths = [
      ...html.matchAll(
        /<path class="measured-points-dense" data-levels="(\d+)" d="([^"]*)"[^>]*><title>([^<]*)<\/title>/g,
      ),
    ];
    expect(paths.map((p) => [Number(p[1]), p[3]])).toEqual([
      [7000, '7,000 measured levels of MK-7'],
      [3000, '3,000 measured levels of K1'],
    ]);
    const r = theme.markerPx * 0.9;
    for (const [, , d] of paths) {
      // Each subpath starts r left of its centre: the centres drawn.
      const centres = [...d!.matchAll(/M([-\d.e]+),([-\d.e]+)a/g)].map((m) => ({
        x: Number(m[1]) + r,
        y: Number(m[2]),
      }));
      const levels = d === paths[0]![2] ? marks(7_000, 'MK-7') : marks(3_000, 'K1');
      // One circle per pixel at most, and every level has a circle on its pixel (within the 0.1 px rounding).
      const cells = new Set(levels.map((m) => `${Math.round(ctx.x(m.t))},${Math.round(ctx.y(m.v))}`));
      expect(centres.length).toBe(cells.size);
      for (const m of levels) {
        const near = centres.some(
          (c) => Math.abs(c.x - ctx.x(m.t)) <= 1.05 && Math.abs(c.y - ctx.y(m.v)) <= 1.05,
        );
        expect(near).toBe(true);
      }
    }
    expect(measuredCentres(marks(7_000, 'MK-7'), ctx.x, ctx.y).length).toBeLessThan(7_000);
  });
});

describe('linePath', () => {
  it("writes what d3-shape's line() writes, gaps and lone points included", () => {
    const x = (t: number) => 10 + t * 3.33;
    const y = (v: number) => 200 - v * 7.77;
    const reference = d3Line<{ t: number; v: number }>()
      .x((p) => Math.round(x(p.t) * 10) / 10)
      .y((p) => Math.round(y(p.v) * 10) / 10)
      .defined((p) => Number.isFinite(p.v));
    let seed = 3;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const cases = [
      [],
      [{ t: 0, v: 1 }],
      [{ t: 0, v: NaN }],
      [
        { t: 0, v: 1 },
        { t: 1, v: NaN },
        { t: 2, v: 3 },
        { t: 3, v: Infinity },
        { t: 4, v: 2 },
        { t: 5, v: 2.5 },
      ],
      Array.from({ length: 500 }, (_, i) => ({ t: i / 7, v: rand() < 0.05 ? NaN : rand() * 40 - 5 })),
    ];
    for (const points of cases) expect(linePath(points, x, y)).toBe(reference(points) ?? '');
  });
});

describe("the worker's draw envelope", () => {
  it('gives the very indices of the full scan at any width, reading a fraction of the values', () => {
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const n = 250_000;
    const timeH = new Float64Array(n);
    for (let i = 1; i < n; i++) timeH[i] = timeH[i - 1]! + 0.2 + rand() * 0.2;
    // Plateaus give ties (the earlier point wins in both), noise gives extremes anywhere.
    const values = Float64Array.from({ length: n }, (_, i) =>
      i % 5000 < 300 ? 2 : Math.sin(i / 900) + rand() * 0.1,
    );
    const horizonDays = timeH[n - 1]! / 24 + 0.01;
    const envelope = drawEnvelope({ timeH, values }, horizonDays);
    expect(envelopeColumns(n)).toBe(16_384);
    expect(envelope.indices.length).toBeLessThanOrEqual(2 * (16_384 + 2) + 2);
    const read = new Set<string>();
    const counted = new Proxy(values, {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read.add(key);
        const v = Reflect.get(target, key) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    for (const widthPx of [1, 3, 250, 700.5, 731, 1920, 4096, 5000]) {
      read.clear();
      const fast = envelopeColumnIndices(timeH, counted, envelope, widthPx);
      const fastRead = read.size;
      expect(fast).toEqual(pixelColumnIndices(timeH, values, 0, horizonDays, widthPx));
      // Points read: the envelope and the fine columns at the page's column edges (15 points each here).
      if (widthPx <= 1920) expect(fastRead).toBeLessThan(n / 3);
    }
  });

  it("the page draws a worker's view from the envelopes it sent: the same points as from the values", async () => {
    const s = defaultScenario();
    const scenario = { ...s, horizonDays: 700, stepMin: 5 };
    const direct = scenarioView(scenario);
    const view = await unpackView(structuredClone(viewMessage(scenario)));
    for (const series of view.series) {
      const reference = direct.series.find((x) => x.key === series.key)!;
      expect(columnPoints(series, 0, 700, 613)).toEqual(columnPoints(reference, 0, 700, 613));
    }
  });
});
