import { describe, expect, it } from 'vitest';
import {
  defaultScenario,
  doseMarks,
  makeRegimen,
  molarMass,
  scenarioView,
  regimenMetrics,
  serializeScenario,
  simulateRegimen,
  toRegimen,
  type Scenario,
} from '../../sim';
import { scheduleSchema } from '../../sim/schedule';
import { expectClose } from '../support/expectClose';
import { regimenName } from '../../renderer/src/sensitivity/regimenChoice';
import { computeSensitivity } from '../../renderer/src/sensitivity/sensitivityRequest';
import { DOSE_BOUNDS, INTERVAL_BOUNDS, readTypedValue } from '../../renderer/src/controls/bounds';
import { formatNumber } from '../../renderer/src/plot/format';
import { fitYTitle, layoutPanel, thinTicks } from '../../renderer/src/plot/layout';
import { textWidthPx } from '../../renderer/src/plot/measure';
import { PLOT_THEMES, projectorTheme } from '../../renderer/src/plot/theme';
import { drawnPoints, panelModel } from '../../renderer/src/plot/model';
import { linePath } from '../../renderer/src/plot/marks/Curves';
import { visibleMarks } from '../../renderer/src/plot/marks/DoseRows';
import { axisScale, linearAxis, logAxis, niceTop, plasmaAxis } from '../../renderer/src/plot/scales';
import { computeMetrics } from '../../renderer/src/metrics/computeMetrics';
import { restoreSession } from '../../renderer/src/session/restoreSession';
import { presetRows } from '../../renderer/src/sources/presetRows';
import { scenarioReducer } from '../../renderer/src/state/scenarioReducer';

describe('scenarioReducer', () => {
  it('edits every regimen alike and returns the same object for a no-op', () => {
    const s = defaultScenario();
    const next = scenarioReducer(s, { type: 'setDose', doseUg: 180 });
    expect(next.regimens.map((r) => r.doseUg)).toEqual([180, 180, 180]);
    expect(scenarioReducer(next, { type: 'setDose', doseUg: 180 })).toBe(next);
    expect(s.regimens[0]!.doseUg).toBe(90);
  });

  it('toggles a missed dose, and clears missed doses when the interval changes', () => {
    const missed = scenarioReducer(defaultScenario(), { type: 'toggleMissedDose', index: 3 });
    expect(missed.regimens.map((r) => r.missedDoses)).toEqual([[3], [3], [3]]);
    expect(scenarioReducer(missed, { type: 'toggleMissedDose', index: 3 }).regimens[1]!.missedDoses).toEqual(
      [],
    );
    expect(scenarioReducer(missed, { type: 'setInterval', intervalH: 12 }).regimens[0]!.missedDoses).toEqual(
      [],
    );
  });

  it('keeps visible compounds in their canonical order when toggled back on', () => {
    const off = scenarioReducer(defaultScenario(), { type: 'toggleCompound', compound: 'mk4' });
    expect(off.display.visible).toEqual(['mk7', 'k1']);
    expect(scenarioReducer(off, { type: 'toggleCompound', compound: 'mk4' }).display.visible).toEqual([
      'mk4',
      'mk7',
      'k1',
    ]);
  });
});

describe('readTypedValue', () => {
  it('accepts numbers within bounds, with a decimal comma', () => {
    expect(readTypedValue(' 92 ', DOSE_BOUNDS)).toEqual({ ok: true, value: 92 });
    expect(readTypedValue('12,5', INTERVAL_BOUNDS)).toEqual({ ok: true, value: 12.5 });
  });

  it('names the field and the problem otherwise', () => {
    const cases: [string, RegExp][] = [
      ['', /Dose needs a number: at least 0 and at most 1,000,000 µg/],
      ['abc', /Dose: "abc" is not a number/],
      ['0x10', /is not a number/],
      ['1000001', /Dose must be at most 1,000,000 µg, got 1000001/],
      ['-1', /Dose must be at least 0 µg, got -1/],
    ];
    for (const [text, message] of cases) {
      const read = readTypedValue(text, DOSE_BOUNDS);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).toMatch(message);
    }
  });
});

describe('chart kit model (from scenarioView)', () => {
  it('downsampling for drawing keeps every peak and trough of the full simulation', () => {
    const view = scenarioView({ ...defaultScenario(), horizonDays: 90 });
    for (const series of view.series) {
      const drawn = drawnPoints(series, 200);
      const full = Array.from(series.values);
      expect(drawn.length).toBeLessThan(full.length);
      expect(Math.max(...drawn.map((p) => p.v))).toBe(Math.max(...full));
      expect(Math.min(...drawn.map((p) => p.v))).toBe(Math.min(...full));
    }
  });

  it('draws every regimen, two MK-7 regimens told apart by colour and dash', () => {
    const base = defaultScenario();
    const mk7 = base.regimens.find((r) => r.compound === 'mk7')!;
    const s = { ...base, regimens: [...base.regimens, { ...mk7, doseUg: 180 }] };
    const plasma = panelModel(scenarioView(s), 'plasma');
    const twins = plasma.lines.filter((l) => l.alias.startsWith('mk7'));
    expect(twins.map((l) => l.alias)).toEqual(['mk7', 'mk7-2']);
    expect(twins[0]!.color).not.toBe(twins[1]!.color);
    expect(twins[0]!.dash).not.toBe(twins[1]!.dash);
    // Linear model: the second regimen at twice the dose peaks twice as high.
    const peak = (l: (typeof twins)[number]) => Math.max(...l.points.map((p) => p.v));
    expect(peak(twins[1]!) / peak(twins[0]!)).toBeCloseTo(2, 6);
    expect(plasma.doseRows.map((r) => r.regimenIndex)).toEqual([0, 1, 2, 3]);
  });

  it('the log axis floor is two decades below the lowest visible peak: MK-4 at 90 µg stays visible', () => {
    const s = { ...defaultScenario(), display: { ...defaultScenario().display, axis: 'log' as const } };
    const plasma = panelModel(scenarioView(s), 'plasma');
    const mk4Peak = Math.max(...plasma.lines.find((l) => l.alias === 'mk4')!.points.map((p) => p.v));
    expect(mk4Peak).toBeLessThan(0.01);
    expect(plasma.yAxis.domain[0]).toBeLessThanOrEqual(mk4Peak / 100);
    expect(plasma.yAxis.domain[0]).toBeGreaterThan(mk4Peak / 1000);
  });

  it('the plasma axis title names the quantity and units, never one compound', () => {
    const s = defaultScenario();
    expect(panelModel(scenarioView(s), 'plasma').yTitle).toBe('Plasma concentration (ng/mL)');
    const nmol = { ...s, display: { ...s.display, units: 'nmol/L' as const } };
    expect(panelModel(scenarioView(nmol), 'plasma').yTitle).toBe('Plasma concentration (nmol/L)');
  });

  it('tissue curves are percentages between the illustrative baseline and maximum', () => {
    const tissue = panelModel(scenarioView(defaultScenario()), 'tissue');
    expect(tissue.lines).toHaveLength(6);
    for (const l of tissue.lines) {
      const bone = l.alias.endsWith('bone');
      for (const p of l.points) {
        expect(p.v).toBeGreaterThanOrEqual(bone ? 50 : 40);
        expect(p.v).toBeLessThanOrEqual(bone ? 95 : 90);
      }
    }
  });

  it('dose marks that do not fit (more than one per 4 px) become a band plus the missed doses, thinned', () => {
    const regimen = {
      ...makeRegimen({ compound: 'mk7', doseUg: 90, intervalH: 1 }),
      missedDoses: [5, 6, 500],
    };
    const marks = doseMarks(regimen, 0, 24 * 365);
    expect(marks.length).toBe(24 * 365);
    const x = axisScale(linearAxis(365), 0, 800);
    const { dense, drawn } = visibleMarks(marks, x, 800);
    expect(dense).toBe(true);
    // Doses 5 and 6 are 1 h apart (0.09 px): one marker stands for both; dose 500 gets its own.
    expect(drawn.map((d) => d.regularIndex)).toEqual([5, 500]);
    expect(visibleMarks(marks.slice(0, 30), x, 800).drawn).toHaveLength(30);
  });
});

describe('computeMetrics', () => {
  it('reports sim regimenMetrics in display units', () => {
    const s = defaultScenario();
    const report = computeMetrics(s);
    const mk7 = report.rows.find((r) => r.key === 'mk7')!;
    const regimen = toRegimen(s.regimens.find((r) => r.compound === 'mk7')!);
    const direct = regimenMetrics(regimen, simulateRegimen(regimen, 30 * 24, 1), molarMass('mk7'));
    expect(mk7.cmax).toBe(direct.cmaxNgPerMl);
    expect(mk7.auc).toBe(direct.aucNgHPerMl);
    expect(mk7.timeTo90PctDays).toBeCloseTo(direct.steadyState!.timeTo90PctH / 24, 12);
    const nmol = computeMetrics({ ...s, display: { ...s.display, units: 'nmol/L' } }).rows.find(
      (r) => r.key === 'mk7',
    )!;
    expect(nmol.cmax).toBeCloseTo((direct.cmaxNgPerMl * 1000) / molarMass('mk7'), 12);
  });

  it('writes a sentence from the numbers: MK-7 builds up for days, MK-4 never reaches the detection limit', () => {
    const report = computeMetrics(defaultScenario());
    const t90 = report.rows.find((r) => r.key === 'mk7')!.timeTo90PctDays!;
    expect(report.sentence).toContain(
      `MK-7 takes ${t90 >= 10 ? t90.toFixed(0) : t90.toFixed(1)} days to reach 90%`,
    );
    expect(report.sentence).toMatch(/MK-4 never rises above 0\.1 ng\/mL/);
    const high = computeMetrics(scenarioReducer(defaultScenario(), { type: 'setDose', doseUg: 1000 }));
    expect(high.sentence).toMatch(/MK-7 takes .* and stays above 0\.1 ng\/mL \d+% of the time/);
  });

  it('with MK-7 twice a day (a pattern), the sentence gives a share of the time, not "hours after each dose"', () => {
    const twice = mk7TwiceADay();
    const sentence = computeMetrics(twice).sentence;
    expect(sentence).toMatch(/MK-7 stays above 0\.1 ng\/mL \d+% of the time/);
    expect(sentence).not.toMatch(/MK-7 [^;]*after each dose/);
  });

  it('the sensitivity chart of a patterned regimen starts from the same Cmax as the Numbers table (doses as taken)', () => {
    const scenario = mk7TwiceADay();
    const index = scenario.regimens.findIndex((r) => r.compound === 'mk7');
    const table = computeMetrics(scenario).rows.find((r) => r.compound === 'mk7')!;
    const tornado = computeSensitivity({ scenario, regimenIndex: index });
    expectClose(tornado.baseline.cmaxNgPerMl, table.cmax, { rel: 1e-9 });
    expect(regimenName(scenario, index)).toBe(
      'MK-7 90 µg twice a day at 08:00 and 20:00 (breakfast, dinner)',
    );
  });

  it('in nmol/L the sentence gives the detection limit in each compound’s nmol/L too (0.1 ng/mL × 1000 / g/mol)', () => {
    const s = defaultScenario();
    const report = computeMetrics({ ...s, display: { ...s.display, units: 'nmol/L' } });
    // MK-4 444.7 g/mol (PubChem): 0.1 ng/mL = 0.2249 nmol/L; MK-7 649.0 g/mol: 0.1541 nmol/L.
    expect(report.sentence).toContain('MK-4 never rises above 0.1 ng/mL (0.225 nmol/L)');
    expect(report.sentence).toContain('0.1 ng/mL (0.154 nmol/L)');
  });

  it('Tmax is measured from the dose that produced the peak', () => {
    for (const row of computeMetrics(defaultScenario()).rows) {
      expect(row.tmaxAfterDoseH).toBeGreaterThan(2); // the 2 h absorption lag comes first
      expect(row.tmaxAfterDoseH).toBeLessThan(24);
    }
  });
});

describe('session restore', () => {
  it('uses a valid saved scenario and falls back to the default with a reason otherwise', () => {
    const saved = scenarioReducer(defaultScenario(), { type: 'setDose', doseUg: 240 });
    expect(restoreSession(serializeScenario(saved)).scenario.regimens[0]!.doseUg).toBe(240);
    expect(restoreSession(null)).toEqual({ scenario: defaultScenario(), problem: null });
    const broken = restoreSession('{"format":');
    expect(broken.scenario).toEqual(defaultScenario());
    expect(broken.problem).toMatch(/Saved session ignored: Not valid JSON/);
    const invalid = restoreSession(serializeScenario({ ...saved, horizonDays: -1 }));
    expect(invalid.problem).toMatch(/Duration must be more than 0 days, got -1/);
  });
});

describe('chart kit scales and formats', () => {
  it('nice axis tops and ticks come from d3 (1, 2, 5 steps)', () => {
    expect([0.9, 1.8, 2.2, 3, 7, 0.011].map(niceTop)).toEqual([1, 2, 2.5, 3, 7, 0.012]);
    expect(linearAxis(2.5).ticks).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    expect(linearAxis(1).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(logAxis(1e-5, 10).ticks).toEqual([1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1, 10]);
  });

  it('a log axis with many decades labels every second or third one', () => {
    const ticks = logAxis(1e-9, 1e3).ticks;
    expect(ticks.length).toBeLessThanOrEqual(7);
    expect(ticks[0]).toBe(1e-9);
    expect(logAxis(1e-7, 1).ticks).toEqual([1e-7, 1e-5, 1e-3, 1e-1]);
  });

  it('maps data to the plot box, log axes by decade, values under the floor drawn at it', () => {
    const x = axisScale(linearAxis(10), 100, 300);
    const y = axisScale(linearAxis(5), 110, 10);
    expect(
      linePath(
        [
          { t: 0, v: 0 },
          { t: 10, v: 5 },
        ],
        x,
        y,
      ),
    ).toBe('M100,110L300,10');
    const yLog = axisScale(logAxis(0.01, 100), 110, 10);
    expect(
      linePath(
        [
          { t: 5, v: 0.1 },
          { t: 5, v: 10 },
          { t: 5, v: 0 },
        ],
        x,
        yLog,
      ),
    ).toBe('M200,85L200,35L200,110');
  });

  it('formats numbers one way everywhere', () => {
    expect([0, 1234.5, 12.345, 0.0099, 0.001, 1e-5, 2.5e-7].map(formatNumber)).toEqual([
      '0',
      '1,235',
      '12.3',
      '0.0099',
      '0.001',
      '1e-5',
      '2.5e-7',
    ]);
  });

  it('the plasma axis is the same for any caller given the same series', () => {
    const view = scenarioView(defaultScenario());
    const plasma = view.series.filter((s) => s.panel === 'plasma');
    expect(plasmaAxis(plasma, 'linear')).toEqual(panelModel(view, 'plasma').yAxis);
  });
});

describe('chart kit layout (text measured, here with the Arial metric table)', () => {
  it('keeps the legend and the plot inside the chart at any width, wrapping legend rows', () => {
    const model = panelModel(
      scenarioView({ ...defaultScenario(), display: { ...defaultScenario().display, compareFat: true } }),
      'plasma',
    );
    for (const [theme, width, height] of [
      [PLOT_THEMES.screen, 900, 380],
      [PLOT_THEMES.screen, 320, 300],
      [projectorTheme(0.8), 700, 500],
    ] as const) {
      const layout = layoutPanel(model, theme, width, height);
      for (const { item, x } of layout.legend) {
        const right = x + theme.legendFontPx * 2.45 + textWidthPx(item.label, theme.legendFontPx);
        expect(right).toBeLessThanOrEqual(width);
      }
      const rows = new Set(layout.legend.map((p) => p.y));
      if (width < 400) expect(rows.size).toBeGreaterThan(1);
      expect(layout.plot.x + layout.plot.width).toBeLessThanOrEqual(width);
      expect(layout.plot.y + layout.plot.height).toBeLessThanOrEqual(height);
    }
  });

  it("24 regimens' dose rows share at most a quarter of the panel's height, so the plot keeps its own", () => {
    const base = defaultScenario();
    const many = {
      ...base,
      regimens: Array.from({ length: 24 }, (_, i) => ({ ...base.regimens[i % base.regimens.length]! })),
    };
    const model = panelModel(scenarioView(many), 'plasma');
    expect(model.doseRows.length).toBe(24);
    const theme = PLOT_THEMES.screen;
    const height = 420;
    const layout = layoutPanel(model, theme, 900, height);
    const rowsSpan = layout.doseRowY[23]! - layout.doseRowY[0]!;
    expect(rowsSpan).toBeLessThanOrEqual(height * 0.25);
    // Rows in order, evenly spaced, marks no taller than a row.
    const step = rowsSpan / 23;
    layout.doseRowY.forEach((y, i) => expect(y).toBeCloseTo(layout.doseRowY[0]! + i * step, 6));
    expect(layout.doseMarkPx).toBeLessThan(theme.markerPx);
    expect(2 * layout.doseMarkPx).toBeLessThanOrEqual(step + 1e-9);
    // The rows end above the plot, which ends inside the panel with a real height.
    expect(layout.doseRowY[23]! + step / 2).toBeLessThanOrEqual(layout.plot.y);
    expect(layout.plot.y + layout.plot.height).toBeLessThanOrEqual(height);
    expect(layout.plot.height).toBeGreaterThan(height * 0.25);
    // Three regimens keep the theme's full rows and marks.
    const three = layoutPanel(panelModel(scenarioView(base), 'plasma'), theme, 900, height);
    expect(three.doseMarkPx).toBe(theme.markerPx);
  });

  it('a y title too long for the plot height goes on two lines, then gets smaller', () => {
    const title = 'Carboxylated protein (%), illustrative';
    const one = fitYTitle(title, 15, 1000);
    expect(one.lines).toEqual([title]);
    const two = fitYTitle(title, 15, textWidthPx(title, 15) * 0.6);
    expect(two.lines).toEqual(['Carboxylated protein', '(%), illustrative']);
    expect(two.fontPx).toBe(15);
    // Shorter still: the two lines shrink to fit (down to 60% of the theme's size).
    const length = textWidthPx('Carboxylated protein', 15) * 0.75;
    const small = fitYTitle(title, 15, length);
    expect(small.fontPx).toBeCloseTo(15 * 0.75, 6);
    expect(Math.max(...small.lines.map((l) => textWidthPx(l, small.fontPx)))).toBeLessThanOrEqual(
      length + 1e-9,
    );
  });

  it('drops every second tick while labels crowd', () => {
    const ticks = [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5];
    expect(thinTicks(ticks, 700, 20)).toEqual(ticks);
    expect(thinTicks(ticks, 105, 20)).toEqual([0, 1, 2, 3]);
  });
});

describe('sources', () => {
  it('lists every preset number with its basis, and marks estimates as estimates', () => {
    const rows = presetRows();
    expect(rows.filter((r) => r.group === 'MK-7').map((r) => r.parameter)).toContain(
      'Elimination half-life t½',
    );
    const tHalf = rows.find((r) => r.key === 'MK-7-tHalfH')!;
    expect(tHalf).toMatchObject({ value: 68, unit: 'h', basis: 'estimate' });
    expect(rows.find((r) => r.key === 'MK-7-molarMassGPerMol')!.basis).toBe('published');
  });
});

/** The default scenario with MK-7 on a calendar pattern: twice a day, breakfast and dinner (UTC, no DST hour). */
function mk7TwiceADay(): Scenario {
  const s = defaultScenario();
  return {
    ...s,
    calendar: scheduleSchema.parse({ start: { date: '2026-03-23', time: '08:00', timeZone: 'UTC' } }),
    regimens: s.regimens.map((r) =>
      r.compound === 'mk7'
        ? {
            ...r,
            schedule: {
              pattern: {
                days: 'daily',
                slots: [
                  { time: '08:00', meal: 'breakfast' },
                  { time: '20:00', meal: 'dinner' },
                ],
              },
              edits: [],
              added: [],
            },
          }
        : r,
    ),
  };
}
