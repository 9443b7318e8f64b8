import { describe, expect, it } from 'vitest';
import {
  aucBetween,
  makeRegimen,
  minMaxDownsample,
  presetParameters,
  regimenMetrics,
  simulateRegimen,
  steadyState,
  TISSUE_PRESET,
  timeAboveThresholdH,
  COMPOUND_PRESETS,
  fatMultiplier,
  FAT_EFFECT,
  FAT_EFFECT_MAX_STUDIED_G,
  bioavailabilityFor,
} from '../../sim/index';
import { expectClose } from '../support/expectClose';

const mk7 = presetParameters('mk7');
const ke7 = Math.LN2 / mk7.tHalfH;

describe('metrics against textbook results', () => {
  it('total AUC of one dose is F·D / (ke·V) (Gibaldi & Perrier, ch. 1)', () => {
    const regimen = makeRegimen({ compound: 'mk7', doseUg: 300, fatG: 10, doseCount: 1 });
    const horizonH = 5000; // > 70 half-lives
    const result = simulateRegimen(regimen, horizonH, 6);
    const f = bioavailabilityFor(mk7.bioavailability, 10);
    expectClose(aucBetween(result, 0, horizonH).plasma, (f * 300) / (ke7 * mk7.volumeL), { rel: 1e-9 });
  });

  it('exact AUC matches a fine trapezoid sum and is additive over windows', () => {
    const regimen = makeRegimen({ compound: 'k1', doseUg: 100, fatG: 15 });
    const result = simulateRegimen(regimen, 96, 1 / 120);
    let trapezoid = 0;
    for (let i = 1; i < result.timeH.length; i++) {
      trapezoid +=
        ((result.plasmaNgPerMl[i]! + result.plasmaNgPerMl[i - 1]!) / 2) *
        (result.timeH[i]! - result.timeH[i - 1]!);
    }
    const exact = aucBetween(result, 0, 96);
    // The trapezoid rule's own error here is about h²/12·∫|C''| ≈ 1e-6 relative (h = 30 s).
    expectClose(exact.plasma, trapezoid, { rel: 1e-5 });
    expectClose(aucBetween(result, 0, 40).plasma + aucBetween(result, 40, 96).plasma, exact.plasma, {
      rel: 1e-12,
    });
  });

  it('accumulation ratio: theoretical 1/(1-e^(-ke τ)); observed AUCτ,ss / AUC(0-τ) matches it for fast absorption', () => {
    const fast = { ...mk7, kaPerH: 50, lagH: 0 };
    const ss = steadyState(fast, TISSUE_PRESET, { doseUg: 100, intervalH: 24, fatG: 0 });
    expectClose(ss.accumulationRatioTheoretical, 1 / (1 - Math.exp(-ke7 * 24)), { rel: 1e-14 });
    // AUCτ,ss = F D / (ke V) exactly for any ka; AUC(0-τ) of the first dose approaches F D (1 - e^{-ke τ}) / (ke V).
    expectClose(ss.accumulationRatio, ss.accumulationRatioTheoretical, { rel: 1e-3 });
    expectClose(ss.aucTauNgHPerMl, (0.1 * 100) / (ke7 * mk7.volumeL), { rel: 1e-12 });
  });

  it('time to 90% of steady state is ln(10)/ke = 3.32 half-lives for fast absorption and frequent dosing', () => {
    const fast = { ...mk7, kaPerH: 50, lagH: 0 };
    const ss = steadyState(fast, TISSUE_PRESET, { doseUg: 100, intervalH: 1, fatG: 0 });
    expectClose(ss.timeTo90PctTheoreticalH, Math.LN10 / ke7, { rel: 1e-14 });
    expectClose(ss.timeTo90PctH, Math.LN10 / ke7, { abs: 1.5 });
  });

  it('steady state equals a long simulation', () => {
    const regimen = makeRegimen({ compound: 'mk7', doseUg: 90, fatG: 15 });
    const result = simulateRegimen(regimen, 100 * 24, 1 / 12);
    const ss = steadyState(mk7, TISSUE_PRESET, regimen);
    const metrics = regimenMetrics(regimen, result, COMPOUND_PRESETS.mk7.molarMassGPerMol.value);
    expectClose(metrics.troughNgPerMl!, ss.troughNgPerMl, { rel: 1e-6 });
    expectClose(aucBetween(result, 99 * 24, 100 * 24).plasma, ss.aucTauNgHPerMl, { rel: 1e-6 });
    const lastDay = result.plasmaNgPerMl.subarray(result.plasmaNgPerMl.length - 24 * 12 - 1);
    expectClose(Math.max(...lastDay), ss.peakNgPerMl, { rel: 1e-5 });
  });

  it('Cmax and Tmax of a single dose match the analytic peak time ln(ka/ke)/(ka-ke) + lag', () => {
    const regimen = makeRegimen({ compound: 'mk7', doseUg: 420, fatG: 20, doseCount: 1 });
    const result = simulateRegimen(regimen, 72, 1);
    const m = regimenMetrics(regimen, result, 649);
    const tmax = Math.log(mk7.kaPerH / ke7) / (mk7.kaPerH - ke7) + mk7.lagH;
    expectClose(m.tmaxH, tmax, { abs: 1e-4 });
    const f = bioavailabilityFor(mk7.bioavailability, 20);
    const t = tmax - mk7.lagH;
    const cmax =
      ((f * 420 * mk7.kaPerH) / (mk7.volumeL * (mk7.kaPerH - ke7))) *
      (Math.exp(-ke7 * t) - Math.exp(-mk7.kaPerH * t));
    expectClose(m.cmaxNgPerMl, cmax, { rel: 1e-9 });
  });

  it('time above a threshold: a single MK-7 dose stays above half its peak for the analytic duration', () => {
    const pk = { ...mk7, kaPerH: 200, lagH: 0 };
    const regimen = makeRegimen({
      compound: 'mk7',
      doseUg: 420,
      doseCount: 1,
      overrides: { kaPerH: 200, lagH: 0 },
    });
    const result = simulateRegimen(regimen, 400, 1 / 60);
    const peak = Math.max(...result.plasmaNgPerMl);
    // Nearly instant absorption: C falls from the peak as e^{-ke t}, so C >= peak/2 for one half-life.
    expectClose(timeAboveThresholdH(result, peak / 2), pk.tHalfH, { abs: 0.05 });
  });

  it('a missed dose lowers the following trough', () => {
    const taken = makeRegimen({ compound: 'mk7', doseUg: 100, fatG: 15 });
    const missed = makeRegimen({ compound: 'mk7', doseUg: 100, fatG: 15, missedDoses: [8] });
    const a = regimenMetrics(taken, simulateRegimen(taken, 9 * 24, 1), 649);
    const b = regimenMetrics(missed, simulateRegimen(missed, 9 * 24, 1), 649);
    expect(b.troughNgPerMl!).toBeLessThan(a.troughNgPerMl!);
  });
});

describe('fat effect', () => {
  it('is 1 fasted, rises with fat and saturates at 1/b', () => {
    expect(fatMultiplier(FAT_EFFECT, 0)).toBe(1);
    expect(fatMultiplier(FAT_EFFECT, 20)).toBeGreaterThan(fatMultiplier(FAT_EFFECT, 10));
    expectClose(fatMultiplier(FAT_EFFECT, 1e8), 1 / FAT_EFFECT.fastedFraction, { rel: 1e-9 });
    // The plateau: past the highest meal studied the curve flattens (slope per gram falls), it cannot run away.
    const slope = (a: number, b: number) =>
      (fatMultiplier(FAT_EFFECT, b) - fatMultiplier(FAT_EFFECT, a)) / (b - a);
    expect(slope(50, 100)).toBeLessThan(slope(FAT_EFFECT_MAX_STUDIED_G, 50));
    expect(fatMultiplier(FAT_EFFECT, 1000)).toBeLessThanOrEqual(1 / FAT_EFFECT.fastedFraction);
  });
});

describe('minMaxDownsample', () => {
  it('keeps the extremes of every bucket, so peaks and troughs survive', () => {
    const values = Array.from({ length: 100_000 }, (_, i) => Math.sin(i / 700) + (i === 54_321 ? 5 : 0));
    const kept = minMaxDownsample(values, 500);
    expect(kept.length).toBeLessThanOrEqual(1002);
    expect(kept).toContain(54_321);
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe(values.length - 1);
    const keptValues = kept.map((i) => values[i]!);
    expect(Math.min(...keptValues)).toBe(Math.min(...values));
    expect([...kept].sort((x, y) => x - y)).toEqual(kept);
  });
});

describe('honest numbers at the edges', () => {
  it('with every dose missed there is no accumulation ratio and no steady state (null, never NaN or 0)', () => {
    const regimen = makeRegimen({
      compound: 'mk7',
      doseUg: 100,
      fatG: 15,
      doseCount: 5,
      missedDoses: [0, 1, 2, 3, 4],
    });
    const m = regimenMetrics(regimen, simulateRegimen(regimen, 10 * 24, 1), 649);
    expect(m.steadyState).toBeNull();
    expect(m.qualified.accumulationRatio.value).toBeNull();
    expect(m.qualified.accumulationRatio.notes.map((n) => n.code)).toEqual(['no-doses-taken']);
    expect(m.steadyStateReached).toBeNull();
    expect(m.aucWindowFraction).toBeNull();
    for (const v of [m.cmaxNgPerMl, m.aucNgHPerMl, m.averageNgPerMl]) expect(Number.isFinite(v)).toBe(true);
  });

  it('flags "steady state not reached" before ln(10)/ke ≈ 3.3 half-lives and not after (MK-7: 9.4 days)', () => {
    // Textbook time to 90% of steady state: ln(10)/ke = 3.32 × 68 h = 9.4 days (slow absorption adds a little).
    const regimen = makeRegimen({ compound: 'mk7', doseUg: 100, fatG: 15 });
    const week = regimenMetrics(regimen, simulateRegimen(regimen, 7 * 24, 1), 649);
    expect(week.steadyStateReached).toBe(false);
    expect(week.qualified.troughNgPerMl.notes.map((n) => n.code)).toContain('steady-state-not-reached');
    expect(week.qualified.accumulationRatio.value).toBe(week.steadyState!.accumulationRatio);
    const month = regimenMetrics(regimen, simulateRegimen(regimen, 30 * 24, 1), 649);
    expect(month.steadyStateReached).toBe(true);
    expect(month.qualified.troughNgPerMl.notes).toEqual([]);
    expect(Math.LN10 / ke7 / 24).toBeGreaterThan(7);
    expect(Math.LN10 / ke7 / 24).toBeLessThan(30);
  });

  it('AUC window fraction equals the analytic share of AUC(0-∞) inside the horizon (Bateman integral)', () => {
    // One dose, absorption from t = lag: AUC(0-T)/AUC(0-∞) = 1 - (ka e^{-ke s} - ke e^{-ka s}) / (ka - ke), s = T - lag.
    const regimen = makeRegimen({ compound: 'mk7', doseUg: 420, fatG: 20, doseCount: 1 });
    const m = regimenMetrics(regimen, simulateRegimen(regimen, 72, 1), 649);
    const s = 72 - mk7.lagH;
    const ka = mk7.kaPerH;
    const expected = 1 - (ka * Math.exp(-ke7 * s) - ke7 * Math.exp(-ka * s)) / (ka - ke7);
    expectClose(m.aucWindowFraction!, expected, { rel: 1e-9 });
    expect(m.qualified.aucNgHPerMl.notes.map((n) => n.code)).toEqual(['auc-window-incomplete']);
    // K1 (terminal t½ 27.6 h) over 1,000 h: all of it inside, no note.
    const k1 = makeRegimen({ compound: 'k1', doseUg: 420, fatG: 20, doseCount: 1 });
    const mk1 = regimenMetrics(k1, simulateRegimen(k1, 1000, 1), 450.7);
    expectClose(mk1.aucWindowFraction!, 1, { abs: 1e-9 });
    expect(mk1.qualified.aucNgHPerMl.notes).toEqual([]);
  });
});

describe('metrics at the dose cap', () => {
  it('an hourly dose for 10 years (87,600 doses) gives finite metrics, with steady state from the exact solution', () => {
    // Math.min(...doses) overflowed a browser worker's smaller call stack at this size (node's is larger, so
    // this checks the numbers at the cap rather than reproducing the overflow).
    const regimen = makeRegimen({ compound: 'mk7', doseUg: 10, intervalH: 1 });
    const result = simulateRegimen(regimen, 3650 * 24, 1);
    expect(result.intakes.length).toBe(87_600);
    const m = regimenMetrics(regimen, result, COMPOUND_PRESETS.mk7.molarMassGPerMol.value);
    expect(Number.isFinite(m.cmaxNgPerMl)).toBe(true);
    // Independent truth: at steady state, average = F·dose / (CL·τ) with CL = V·ln2/t½.
    const pk = presetParameters('mk7');
    const f = bioavailabilityFor(pk.bioavailability, 0);
    const average = (f * 10) / ((pk.volumeL * Math.LN2) / pk.tHalfH) / 1;
    expect(m.steadyState!.averageNgPerMl).toBeCloseTo(average, 6);
  });
});

describe('accumulation ratio when absorption outlasts the interval', () => {
  it('hourly MK-7: the ratio matches the oral one-compartment closed form and carries a note; daily has none', () => {
    const pk = presetParameters('mk7');
    const ke = Math.LN2 / pk.tHalfH;
    const ka = pk.kaPerH;
    // Analytic (Gibaldi & Perrier): the first dose's AUC over one interval from absorption start, per unit F·D/V,
    // is ka/(ka−ke)·[(1−e^(−ke·τ))/ke − (1−e^(−ka·τ))/ka]; its AUC to infinity is 1/ke, which equals AUCτ at
    // steady state. The ratio is their quotient.
    const closedForm = (tau: number) =>
      1 / ke / ((ka / (ka - ke)) * (-Math.expm1(-ke * tau) / ke - -Math.expm1(-ka * tau) / ka));
    for (const [intervalH, noted] of [
      [1, true],
      [24, false],
    ] as const) {
      const regimen = makeRegimen({ compound: 'mk7', doseUg: 100, intervalH });
      const result = simulateRegimen(regimen, 60 * 24, 1);
      const m = regimenMetrics(regimen, result, COMPOUND_PRESETS.mk7.molarMassGPerMol.value);
      expectClose(m.steadyState!.accumulationRatio, closedForm(intervalH), { rel: 1e-6 });
      const codes = m.qualified.accumulationRatio.notes.map((n) => n.code);
      expect(codes.includes('absorption-longer-than-interval')).toBe(noted);
    }
  });
});
