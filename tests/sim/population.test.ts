import { describe, expect, it } from 'vitest';
import {
  aucBetween,
  defaultScenario,
  lastIntervalTrough,
  makeRegimen,
  populationView,
  presetParameters,
  scenarioView,
  simulateRegimen,
  type Regimen,
} from '../../sim/index';
import { AUC_LOG_VARIANCE, BETWEEN_SUBJECT_VARIABILITY } from '../../sim/presets/variability';
import { mulberry32, normalGenerator } from '../../sim/random/mulberry32';
import { percentileOfSorted, percentileSelector } from '../../sim/population/percentiles';
import { drawSubjects, simulatePopulation } from '../../sim/population/simulatePopulation';
import { expectClose } from '../support/expectClose';

const daily: Regimen = makeRegimen({ compound: 'mk7', doseUg: 180, fatG: 15 });

describe('seeded random numbers', () => {
  it('mulberry32 is uniform in mean and variance (its first output is checked against the definition by hand)', () => {
    // The first output for seed 0, worked by hand from the published algorithm (a = 0x6d2b79f5 after one step).
    const u = mulberry32(0);
    const a = 0x6d2b79f5;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    expect(u()).toBe(((t ^ (t >>> 14)) >>> 0) / 4294967296);
    const v = mulberry32(12345);
    const n = 100_000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const x = v();
      sum += x;
      squares += x * x;
    }
    // Uniform(0, 1): mean 1/2 (SE 0.29/√n = 0.0009), variance 1/12; 5 SE bounds.
    expectClose(sum / n, 0.5, { abs: 0.0046 });
    expectClose(squares / n - (sum / n) ** 2, 1 / 12, { abs: 0.002 });
  });

  it('Box-Muller deviates have mean 0, variance 1 and 95% within ±1.96', () => {
    const z = normalGenerator(mulberry32(7));
    const n = 100_000;
    let sum = 0;
    let squares = 0;
    let inside = 0;
    for (let i = 0; i < n; i++) {
      const x = z();
      sum += x;
      squares += x * x;
      if (Math.abs(x) < 1.959964) inside++;
    }
    expectClose(sum / n, 0, { abs: 5 / Math.sqrt(n) });
    expectClose(squares / n, 1, { abs: 5 * Math.sqrt(2 / n) });
    expectClose(inside / n, 0.95, { abs: 5 * Math.sqrt((0.95 * 0.05) / n) });
  });
});

describe('percentiles', () => {
  it('bucket selection gives the same percentiles as a full sort (ties, outliers, equal and tiny columns)', () => {
    const u = mulberry32(3);
    const ps = [0.05, 0.25, 0.5, 0.75, 0.95];
    const columns: Float64Array[] = [];
    for (const n of [1, 2, 5, 20, 1000]) {
      columns.push(Float64Array.from({ length: n }, () => Math.floor(u() * 50))); // many ties
      columns.push(Float64Array.from({ length: n }, () => Math.exp(2 * u()))); // continuous, skewed
      // Bunched: one huge outlier squeezes everything else into the first bucket (the native-sort path).
      columns.push(Float64Array.from({ length: n }, (_, i) => (i === 0 ? 1e9 : 1 + u() * 1e-3)));
      columns.push(new Float64Array(n).fill(0.25)); // all equal
      columns.push(Float64Array.from({ length: n }, (_, i) => 1 + i * Number.EPSILON)); // range of a few ulps
    }
    for (const column of columns) {
      const before = Float64Array.from(column);
      const sorted = Float64Array.from(column).sort();
      const got = percentileSelector(column.length, ps)(column);
      expect(Array.from(got)).toEqual(ps.map((p) => percentileOfSorted(sorted, p)));
      expect(Array.from(column)).toEqual(Array.from(before)); // the column is not modified
    }
  });

  it('type-7 percentile matches the textbook example (R quantile(1:10, 0.25) = 3.25)', () => {
    expect(
      percentileOfSorted(
        Float64Array.from({ length: 10 }, (_, i) => i + 1),
        0.25,
      ),
    ).toBe(3.25);
  });
});

describe('between-subject variability presets', () => {
  it('the F, t½ and V CVs follow from the Uematsu 1996 SDs as the notes derive them', () => {
    // Independent recomputation from the published means and SDs (371 ± 194, 485 ± 150, 1024 ± 341).
    const w =
      (Math.log(1 + (194 / 371) ** 2) + Math.log(1 + (150 / 485) ** 2) + Math.log(1 + (341 / 1024) ** 2)) / 3;
    expectClose(AUC_LOG_VARIANCE, w, { rel: 1e-12 });
    expectClose(BETWEEN_SUBJECT_VARIABILITY.f.value, 0.275, { abs: 0.001 });
    expectClose(BETWEEN_SUBJECT_VARIABILITY.tHalfH.value, 0.193, { abs: 0.001 });
    // ω²(F) + ω²(t½) + ω²(V) recovers the AUC log variance (the split is an assumption, the sum is not).
    const lv = (cv: number) => Math.log(1 + cv * cv);
    expectClose(
      lv(BETWEEN_SUBJECT_VARIABILITY.f.value) +
        lv(BETWEEN_SUBJECT_VARIABILITY.tHalfH.value) +
        lv(BETWEEN_SUBJECT_VARIABILITY.volumeL.value),
      w,
      { rel: 1e-12 },
    );
  });
});

describe('simulatePopulation', () => {
  const pop = simulatePopulation(daily, 20 * 24, 1, { subjects: 300, seed: 2024 });

  it('percentiles are ordered at every time: p05 <= p25 <= p50 <= p75 <= p95', () => {
    const b = pop.plasmaNgPerMl;
    for (let i = 0; i < pop.timeH.length; i++) {
      expect(b.p05[i]).toBeLessThanOrEqual(b.p25[i]!);
      expect(b.p25[i]).toBeLessThanOrEqual(b.p50[i]!);
      expect(b.p50[i]).toBeLessThanOrEqual(b.p75[i]!);
      expect(b.p75[i]).toBeLessThanOrEqual(b.p95[i]!);
    }
    expect(b.p95[24 * 10]).toBeGreaterThan(b.p05[24 * 10]!);
  });

  it('the same seed gives identical output; another seed gives different subjects', () => {
    const again = simulatePopulation(daily, 20 * 24, 1, { subjects: 300, seed: 2024 });
    expect(Array.from(again.plasmaNgPerMl.p50)).toEqual(Array.from(pop.plasmaNgPerMl.p50));
    expect(Array.from(again.perSubject.aucNgHPerMl)).toEqual(Array.from(pop.perSubject.aucNgHPerMl));
    const other = simulatePopulation(daily, 20 * 24, 1, { subjects: 300, seed: 2025 });
    expect(Array.from(other.plasmaNgPerMl.p50)).not.toEqual(Array.from(pop.plasmaNgPerMl.p50));
  });

  /** One subject of `pop` by the plain simulator with ka, t½ and V scaled (F is applied by the caller: linear). */
  const subjectBySimulate = (f: (typeof pop.perSubject.factors)[number]) => {
    const pk = presetParameters('mk7');
    const overrides = {
      kaPerH: pk.kaPerH * f.kaPerH,
      tHalfH: pk.tHalfH * f.tHalfH,
      volumeL: pk.volumeL * f.volumeL,
    };
    return simulateRegimen({ ...daily, overrides }, 20 * 24, 1);
  };

  it('each subject curve equals simulate() with that subject’s parameters (second method, exact to 1e-12)', () => {
    // The population kernel is a 3-state version of the simulator; compare subject 5's AUC and trough.
    const f = pop.perSubject.factors[5]!;
    const r = subjectBySimulate(f);
    // F differs by the factor f.f: every concentration scales with it (linear model).
    expectClose(pop.perSubject.aucNgHPerMl[5]!, aucBetween(r, 0, 20 * 24).plasma * f.f, { rel: 1e-12 });
    expectClose(pop.perSubject.cmaxNgPerMl[5]!, Math.max(...r.plasmaNgPerMl) * f.f, { rel: 1e-12 });
  });

  it('the bands equal type-7 percentiles of every subject simulated separately and fully sorted (second method)', () => {
    // Every subject by simulateRegimen with its own parameters (F scales the curve: linear model), then a full
    // sort of each time column: independent of the population kernel and of its bucket selection.
    const n = pop.subjects;
    const curves = pop.perSubject.factors.map((f) => {
      const r = subjectBySimulate(f);
      return r.plasmaNgPerMl.map((c) => c * f.f);
    });
    for (let i = 0; i < pop.timeH.length; i += 7) {
      const column = Float64Array.from({ length: n }, (_, s) => curves[s]![i]!).sort();
      for (const [key, p] of [
        ['p05', 0.05],
        ['p25', 0.25],
        ['p50', 0.5],
        ['p75', 0.75],
        ['p95', 0.95],
      ] as const) {
        expectClose(pop.plasmaNgPerMl[key][i]!, percentileOfSorted(column, p), { rel: 1e-9, abs: 1e-15 });
      }
    }
  });

  it('off-grid doses, an extra dose and a horizon that is not a multiple of the step: every subject matches simulate()', () => {
    const odd = makeRegimen({
      compound: 'k1',
      doseUg: 300,
      fatG: 12,
      intervalH: 10.3,
      firstDoseH: 0.37,
      extraDoses: [{ timeH: 33.33, amountUg: 900, fatG: 40 }],
    });
    const p = simulatePopulation(odd, 100.5, 0.7, { subjects: 5, seed: 9 });
    const pk = presetParameters('k1');
    p.perSubject.factors.forEach((f, s) => {
      const r = simulateRegimen(
        {
          ...odd,
          overrides: {
            kaPerH: pk.kaPerH * f.kaPerH,
            tHalfH: pk.tHalfH * f.tHalfH,
            volumeL: pk.volumeL * f.volumeL,
          },
        },
        100.5,
        0.7,
      );
      expectClose(p.perSubject.aucNgHPerMl[s]!, aucBetween(r, 0, 100.5).plasma * f.f, { rel: 1e-10 });
      expectClose(p.perSubject.troughNgPerMl![s]!, lastIntervalTrough(odd, r)! * f.f, { rel: 1e-10 });
      expectClose(p.perSubject.cmaxNgPerMl[s]!, Math.max(...r.plasmaNgPerMl) * f.f, { rel: 1e-10 });
    });
  });

  it('the typical subject is the plain simulation, and Cmax/AUC/trough spreads are reported with CVs', () => {
    const r = simulateRegimen(daily, 20 * 24, 1);
    expect(Array.from(pop.typical.plasmaNgPerMl)).toEqual(Array.from(r.plasmaNgPerMl));
    for (const s of [pop.summary.cmax, pop.summary.auc, pop.summary.trough!]) {
      expect(s.p05).toBeLessThan(s.p50);
      expect(s.p50).toBeLessThan(s.p95);
      expect(s.cv).toBeGreaterThan(0.1);
    }
  });

  it('mean AUC(0-∞) of a single dose matches the closed form D·E[F]·E[1/CL] within 3 standard errors (seed 42)', () => {
    // Only F and t½ vary (ka and V fixed): AUC = F·D/CL with CL = ln2·V/t½, both log-normal, so
    // E[AUC] = D·F_typ·e^(ωF²/2) · t½_typ·e^(ωt²/2) / (ln2·V). K1 (t½ 1.5 h) over 240 h: > 50 half-lives even
    // for a subject at 5 SD, so the horizon AUC is AUC(0-∞) to 1e-12.
    const cv = { kaPerH: 0, volumeL: 0, f: 0.3, tHalfH: 0.25 };
    const single = makeRegimen({ compound: 'k1', doseUg: 1000, fatG: 20, doseCount: 1 });
    const p = simulatePopulation(single, 240, 1, { subjects: 4000, seed: 42, variability: cv });
    const fTyp = aucBetween(simulateRegimen(single, 240, 1), 0, 240).plasma; // typical F·D/CL
    const w = (c: number) => Math.log(1 + c * c);
    const expected = fTyp * Math.exp(w(cv.f) / 2) * Math.exp(w(cv.tHalfH) / 2);
    const aucs = p.perSubject.aucNgHPerMl;
    const mean = aucs.reduce((s, x) => s + x, 0) / aucs.length;
    const sd = Math.sqrt(aucs.reduce((s, x) => s + (x - mean) ** 2, 0) / (aucs.length - 1));
    expectClose(mean, expected, { abs: (3 * sd) / Math.sqrt(aucs.length) });
  });

  it('the median AUC is near the typical subject’s (log-normal product: median = typical), within 3 SE', () => {
    // AUC(0-∞) = F·D·t½/(ln2·V): a product of log-normals, whose median is the product of the medians, i.e. the
    // typical subject. SE of a sample median ≈ 1.2533·σ/√N on the log scale, σ² = ω²F + ω²t½ + ω²V.
    const single = makeRegimen({ compound: 'k1', doseUg: 1000, fatG: 20, doseCount: 1 });
    const n = 2000;
    const p = simulatePopulation(single, 240, 1, { subjects: n, seed: 11 });
    const typical = aucBetween(p.typical, 0, 240).plasma;
    const sigma = Math.sqrt(AUC_LOG_VARIANCE);
    const se = (1.2533 * sigma) / Math.sqrt(n);
    expectClose(Math.log(p.summary.auc.p50), Math.log(typical), { abs: 3 * se });
  });

  it('subjects are drawn in a fixed order, so subject k does not depend on how many are drawn', () => {
    const cv = { kaPerH: 0.5, tHalfH: 0.2, volumeL: 0.2, f: 0.3 };
    expect(drawSubjects(10, 5, cv).slice(0, 4)).toEqual(drawSubjects(4, 5, cv));
  });

  it('refuses fewer than one subject with a clear message', () => {
    expect(() => simulatePopulation(daily, 48, 1, { subjects: 0, seed: 1 })).toThrow(/at least 1/);
  });
});

describe('populationView', () => {
  it('gives bands in display units for each visible regimen, on scenarioView’s grid (unit factor 1000 / g/mol)', () => {
    const scenario = defaultScenario();
    scenario.horizonDays = 5;
    const ng = populationView(scenario, { subjects: 50, seed: 3 });
    const nmol = populationView(
      { ...scenario, display: { ...scenario.display, units: 'nmol/L' } },
      { subjects: 50, seed: 3 },
    );
    expect(ng.map((v) => v.compound)).toEqual(scenario.display.visible);
    const mk7 = ng.find((v) => v.compound === 'mk7')!;
    const mk7Nmol = nmol.find((v) => v.compound === 'mk7')!;
    // Named as scenarioView names the curve's column (no r<k>_ when the compound has one regimen).
    expect(mk7.columns.p05).toBe('mk7_plasma_p05_ng_per_ml');
    expect(mk7Nmol.columns.p95).toBe('mk7_plasma_p95_nmol_per_l');
    const view = scenarioView(scenario).series.find((s) => s.compound === 'mk7' && s.kind === 'plasma')!;
    expect(view.column.replace('_plasma_', '_plasma_p05_')).toBe(mk7.columns.p05);
    const twoMk7 = { ...scenario, regimens: [scenario.regimens[1]!, scenario.regimens[1]!] };
    const two = populationView(twoMk7, { subjects: 10, seed: 3 });
    const twoView = scenarioView(twoMk7).series.filter((s) => s.kind === 'plasma');
    expect(two.map((b) => b.columns.p50)).toEqual(
      twoView.map((s) => s.column.replace('_plasma_', '_plasma_p50_')),
    );
    expect(Array.from(mk7.timeH)).toEqual(Array.from(view.timeH));
    expect(Array.from(mk7.typical)).toEqual(Array.from(view.values));
    const i = 60;
    expectClose(mk7Nmol.p50[i]!, (mk7.p50[i]! * 1000) / 649.0, { rel: 1e-12 });
  });
});
