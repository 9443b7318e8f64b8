/**
 * The pure parts behind "Show variation between people", the tornado chart and the anticoagulant caution:
 * the population work cap, the bands the worker posts back,
 * the CV table, the tornado panels and the cautions on screen.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  anticoagulantCaution,
  defaultScenario,
  makeRegimen,
  molarMass,
  sensitivity,
  type Scenario,
} from '../../sim';
import { AnticoagulantCaution, CautionLine } from '../../renderer/src/caution/AnticoagulantCaution';
import { compoundsOnScreen, cautionsFor } from '../../renderer/src/caution/cautions';
import {
  bandBuffers,
  computeBands,
  MAX_POPULATION_VALUES,
  populationOverCap,
} from '../../renderer/src/population/populationBands';
import { variationRows } from '../../renderer/src/population/variationSources';
import { TornadoChart } from '../../renderer/src/sensitivity/TornadoChart';
import { figureSources, tornadoFigureSvg } from '../../renderer/src/sensitivity/TornadoFigure';
import { formatInput, rangeText, tornadoPanels } from '../../renderer/src/sensitivity/tornadoModel';
import { expectClose } from '../support/expectClose';

const onlyMk7 = (s: Scenario, horizonDays: number, stepMin: number): Scenario => ({
  ...s,
  horizonDays,
  stepMin,
  display: { ...s.display, visible: ['mk7'] },
});

describe('population bands for the app', () => {
  it('refuses a population over the value cap and names the limit, counting visible regimens only', () => {
    const s = defaultScenario();
    // 30 days hourly: 721 points × 3 visible regimens × 1,000 people = 2,163,000 values.
    expect(populationOverCap(s, 1000)).toBeNull();
    // One visible regimen over 3,660 days at 10 min: (527,041 points + 3,660 daily doses) × 1,000 = 531 million.
    const big = onlyMk7(s, 3660, 10);
    const message = populationOverCap(big, 1000);
    expect(message).toContain('530,701,000 values');
    expect(message).toContain(MAX_POPULATION_VALUES.toLocaleString('en'));
    expect(() => computeBands({ scenario: big, subjects: 1000, seed: 1 })).toThrow(/longer output step/);
    // The app has no control for the number of people, so it does not advise fewer.
    expect(message).not.toContain('fewer people');
  });

  it('posts ordered bands in display units, on the scenario grid, with distinct transferable buffers', () => {
    const s = onlyMk7(defaultScenario(), 10, 60);
    const [ng] = computeBands({ scenario: s, subjects: 200, seed: 7 });
    const nmolScenario: Scenario = { ...s, display: { ...s.display, units: 'nmol/L' } };
    const [nmol] = computeBands({ scenario: nmolScenario, subjects: 200, seed: 7 });
    expect(ng!.timeH.length).toBe(10 * 24 + 1);
    for (let i = 0; i < ng!.timeH.length; i++) {
      expect(ng!.p05[i]!).toBeLessThanOrEqual(ng!.p25[i]!);
      expect(ng!.p25[i]!).toBeLessThanOrEqual(ng!.p50[i]!);
      expect(ng!.p50[i]!).toBeLessThanOrEqual(ng!.p75[i]!);
      expect(ng!.p75[i]!).toBeLessThanOrEqual(ng!.p95[i]!);
    }
    // nmol/L = ng/mL × 1000 / molar mass (g/mol); the same seed gives the same people.
    const i = 100;
    expectClose(nmol!.p50[i]!, (ng!.p50[i]! * 1000) / molarMass('mk7'), { rel: 1e-12 });
    expect(nmol!.columns.p95).toMatch(/(^|_)mk7_plasma_p95_nmol_per_l$/);
    const buffers = bandBuffers([ng!, nmol!]);
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(buffers.length).toBeGreaterThanOrEqual(7);
  });

  it('explains each CV from the Uematsu 1996 SDs (derived here again from the published means and SDs)', () => {
    const rows = variationRows();
    // Uematsu 1996 AUC mean ± SD at 8.8, 20 and 34.9 g fat: 371 ± 194, 485 ± 150, 1024 ± 341 ng·h/mL.
    const logVariance =
      [194 / 371, 150 / 485, 341 / 1024].reduce((s, cv) => s + Math.log(1 + cv * cv), 0) / 3;
    const cvPercent = (w2: number) => Math.round(Math.sqrt(Math.exp(w2) - 1) * 100);
    const byParameter = Object.fromEntries(rows.map((r) => [r.parameter, r]));
    expect(byParameter.f!.cvPercent).toBe(cvPercent(logVariance / 2));
    expect(byParameter.tHalfH!.cvPercent).toBe(cvPercent(logVariance / 4));
    expect(byParameter.volumeL!.cvPercent).toBe(cvPercent(logVariance / 4));
    expect(byParameter.f!.sources).toEqual(['Uematsu 1996']);
    expect(rows.every((r) => r.note.length > 20)).toBe(true);
  });
});

describe('tornado panels', () => {
  const regimen = makeRegimen({ compound: 'mk7', doseUg: 90, fatG: 15 });
  const result = sensitivity(regimen, 30 * 24, 1);

  it('converts to nmol/L by the molar mass and keeps every bar end and the baseline inside the axis', () => {
    const ng = tornadoPanels(result, 'mk7', 'ng/mL');
    const nmol = tornadoPanels(result, 'mk7', 'nmol/L');
    expect(ng.map((p) => p.axisTitle)).toEqual(['Cmax (ng/mL)', 'AUC (ng·h/mL)', 'Trough (ng/mL)']);
    expect(nmol.map((p) => p.axisTitle)).toEqual(['Cmax (nmol/L)', 'AUC (nmol·h/L)', 'Trough (nmol/L)']);
    expectClose(nmol[1]!.baseline, (result.baseline.aucNgHPerMl * 1000) / molarMass('mk7'), { rel: 1e-12 });
    for (const p of ng) {
      expect(p.rows.length).toBeGreaterThan(0);
      const [lo, hi] = p.domain;
      for (const v of [p.baseline, ...p.rows.flatMap((r) => [r.atLow, r.atHigh])]) {
        expect(v).toBeGreaterThanOrEqual(lo);
        expect(v).toBeLessThanOrEqual(hi);
      }
      expect(p.ticks.every((t) => t >= lo && t <= hi)).toBe(true);
      expect(p.ticks.length).toBeGreaterThanOrEqual(3);
    }
    // Bars come largest swing first, as sim sorts them.
    const swings = ng[1]!.rows.map((r) => Math.abs(r.atHigh - r.atLow));
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
  });

  it('names each range and its sources; the MK-4 first-pass range only for MK-4', () => {
    const panels = tornadoPanels(result, 'mk7', 'ng/mL');
    const lag = panels[0]!.rows.find((r) => r.parameter === 'lagH')!;
    expect(lag.rangeText).toBe('1-3 h');
    expect(lag.sources).toEqual(['Schurgers 2007', 'Knapen 2014']);
    expect(panels[0]!.rows.some((r) => r.parameter === 'dose50Ug')).toBe(false);
    expect(rangeText({ lowInput: 17_000, highInput: 27_400, unit: 'µg' })).toBe('17,000-27,400 µg');
    expect(formatInput(0.44219)).toBe('0.442');
  });

  it('says why there is no trough when no full dosing interval fits the horizon', () => {
    const single = sensitivity(
      makeRegimen({ compound: 'mk7', doseUg: 90, fatG: 15, intervalH: 24 * 40 }),
      30 * 24,
      1,
    );
    const trough = tornadoPanels(single, 'mk7', 'ng/mL')[2]!;
    expect(trough.rows).toEqual([]);
    expect(trough.empty).toMatch(/no trough/);
  });

  it('draws an SVG per panel with the axis title, a labelled bar pair per parameter and hover sources', () => {
    const panel = tornadoPanels(result, 'mk7', 'ng/mL')[0]!;
    const svg = renderToStaticMarkup(createElement(TornadoChart, { panel }));
    expect(svg).toContain('>Cmax (ng/mL)</text>');
    expect(svg.match(/class="tornado-bar"/g)?.length).toBe(panel.rows.length);
    expect(svg.match(/<rect data-end="low"/g)?.length).toBe(panel.rows.length);
    expect(svg).toContain('Sources: Uematsu 1996');
    expect(svg).toMatch(
      /role="img" aria-label="Peak level \(Cmax\), typical [\d.]+ ng\/mL\. Largest effects: /,
    );
  });
});

describe('tornado export figure', () => {
  it('is a standalone SVG with the three panels, their axis titles, the key and every source named once', () => {
    const panels = tornadoPanels(
      sensitivity(makeRegimen({ compound: 'mk7', doseUg: 90, fatG: 15 }), 720, 1),
      'mk7',
      'ng/mL',
    );
    const svg = tornadoFigureSvg({ panels, compound: 'mk7', regimenText: 'MK-7 90 µg every 24 h, 30 days' });
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    for (const m of ['cmax', 'auc', 'trough']) expect(svg).toContain(`data-metric="${m}"`);
    for (const t of ['Cmax (ng/mL)', 'AUC (ng·h/mL)', 'Trough (ng/mL)', 'parameter at the low end'])
      expect(svg).toContain(t);
    const sources = figureSources(panels);
    expect(new Set(sources).size).toBe(sources.length);
    expect(sources).toContain('Uematsu 1996');
    expect(svg).toContain(`Ranges from: ${sources.join(', ')}.`);
    expect(svg).toContain('not dosing advice');
  });
});

describe('anticoagulant caution on screen', () => {
  it('shows the model’s MK-7 and K1 texts once each, for visible regimens only, and nothing for MK-4 alone', () => {
    const s = defaultScenario();
    expect(compoundsOnScreen(s)).toEqual(['mk4', 'mk7', 'k1']);
    const shown = cautionsFor(compoundsOnScreen(s));
    expect(shown.map((c) => c.compound)).toEqual(['mk7', 'k1']);
    expect(shown[0]!.text).toBe(anticoagulantCaution('mk7').text);
    expect(shown[0]!.sourceNames).toEqual(['Theuwissen 2013']);
    expect(shown[1]!.sourceNames).toEqual(['Schurgers 2004']);
    expect(cautionsFor(['mk7', 'mk7']).length).toBe(1);
    const hidden: Scenario = { ...s, display: { ...s.display, visible: ['mk4'] } };
    expect(cautionsFor(compoundsOnScreen(hidden))).toEqual([]);
    expect(renderToStaticMarkup(createElement(AnticoagulantCaution, { compounds: ['mk4'] }))).toBe('');
  });

  it('tells the reader to talk to their doctor and prints no dose of its own', () => {
    const html = renderToStaticMarkup(createElement(AnticoagulantCaution, { compounds: ['k1', 'mk7'] }));
    expect(html).toContain('talk to your doctor');
    expect(html).toContain('Theuwissen 2013');
    expect(html).toContain('Schurgers 2004');
    // The superseded "50 µg/day" threshold is gone (150 µg/day for K1 is Schurgers 2004's and stays).
    expect(html).not.toMatch(/(^|[^\d])50 µg\/day/);
    const line = renderToStaticMarkup(createElement(CautionLine, { compounds: ['mk4', 'mk7', 'k1'] }));
    expect(line).toContain('Talk to your doctor before taking MK-7 or K1');
    expect(line).toContain('(Theuwissen 2013; Schurgers 2004)');
    expect(renderToStaticMarkup(createElement(CautionLine, { compounds: ['mk4'] }))).toBe('');
    // K1 first: the order given, not a fixed order.
    expect(html.indexOf('data-compound="k1"')).toBeLessThan(html.indexOf('data-compound="mk7"'));
  });
});
