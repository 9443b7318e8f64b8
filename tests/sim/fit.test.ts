import { describe, expect, it } from 'vitest';
import { describeFactorFit, fitExposureFactor, type FitPoint } from '../../sim/fit/personalFactor';
import { simTranslator } from '../../sim/i18n/translator';
import { logGamma, studentTCritical } from '../../sim/fit/studentT';
import { expectClose } from '../support/expectClose';
import { mulberry32, normalGenerator } from '../../sim/random/mulberry32';

/** Closed-form one-compartment oral curve (Gibaldi & Perrier ch. 1) as the "typical person" prediction. */
const ka = 1.2;
const ke = Math.LN2 / 68;
const typical = (tH: number) =>
  ((0.5 * 180 * ka) / (10 * (ka - ke))) * (Math.exp(-ke * tH) - Math.exp(-ka * tH));
const sampleTimesH = [4, 10, 24, 30, 48, 72, 96, 120];

function synthetic(trueFactor: number, sigmaLog: number, seed: number): FitPoint[] {
  const normal = normalGenerator(mulberry32(seed));
  return sampleTimesH.map((t) => ({
    predictedNgPerMl: typical(t),
    observedNgPerMl: trueFactor * typical(t) * Math.exp(sigmaLog * normal()),
  }));
}

describe('personal factor fit', () => {
  it('recovers a known factor from seeded log-normal noise, inside its 95% interval', () => {
    const fit = fitExposureFactor(synthetic(1.8, 0.25, 20261125))!;
    expect(fit.n).toBe(8);
    expect(fit.ci95![0]).toBeLessThan(1.8);
    expect(fit.ci95![1]).toBeGreaterThan(1.8);
    expectClose(fit.factor, 1.8, { rel: 0.25 });
    // The residual SD on the log scale estimates the noise SD.
    expectClose(fit.rmseLog, 0.25, { rel: 0.6 });
  });

  it('the 95% interval covers the true factor in about 95% of 2000 seeded data sets', () => {
    let covered = 0;
    const runs = 2000;
    for (let seed = 1; seed <= runs; seed++) {
      const ci = fitExposureFactor(synthetic(0.6, 0.3, seed))!.ci95!;
      if (ci[0] <= 0.6 && 0.6 <= ci[1]) covered++;
    }
    // Binomial SD at p = 0.95, n = 2000 is 0.49%: 93.5-96.5% is three SDs.
    expect(covered / runs).toBeGreaterThan(0.935);
    expect(covered / runs).toBeLessThan(0.965);
  });

  it('exact data: the factor itself, no residual, R² = 1', () => {
    const fit = fitExposureFactor(
      sampleTimesH.map((t) => ({ predictedNgPerMl: typical(t), observedNgPerMl: 2.5 * typical(t) })),
    )!;
    expectClose(fit.factor, 2.5, { rel: 1e-12 });
    expectClose(fit.rmseLog, 0, { abs: 1e-12 });
    expectClose(fit.r2!, 1, { abs: 1e-12 });
  });

  it('hand-computed two-point fit: ln k = mean of ln ratios, SE = |d1 - d2| / 2, t(0.975, 1) = 12.706', () => {
    const fit = fitExposureFactor([
      { observedNgPerMl: 2, predictedNgPerMl: 1 },
      { observedNgPerMl: 8, predictedNgPerMl: 1 },
    ])!;
    // d = ln 2, ln 8: mean = ln 4, residuals ± ln 2, s = √2 ln 2, SE = s / √2 = ln 2.
    expectClose(fit.factor, 4, { rel: 1e-12 });
    expectClose(fit.logSe!, Math.LN2, { rel: 1e-12 });
    expectClose(fit.ci95![1], 4 * Math.exp(12.706 * Math.LN2), { rel: 1e-3 });
    expect(describeFactorFit(fit)).toMatch(/^×4\.0 \(95% interval/);
  });

  it('leaves out zero values, and has no interval with one point', () => {
    const fit = fitExposureFactor([
      { observedNgPerMl: 0, predictedNgPerMl: 1 },
      { observedNgPerMl: 3, predictedNgPerMl: 2 },
    ])!;
    expect(fit).toMatchObject({ n: 1, excluded: 1, ci95: null, logSe: null });
    expectClose(fit.factor, 1.5, { rel: 1e-12 });
    // One level is matched exactly: no interval, and no "typically 0% off" (a spread it cannot know).
    expect(describeFactorFit(fit)).toBe(
      '×1.5 (one level: no interval), from 1 level, which it matches exactly',
    );
    expect(describeFactorFit(fit, simTranslator('de-DE'))).toBe(
      '×1,5 (ein Messwert: kein Intervall), aus 1 Messwert, den er genau trifft',
    );
    expect(describeFactorFit(fit, simTranslator('ja-JP'))).toContain('ちょうど');
    for (const locale of ['en-US', 'de-DE', 'ja-JP'])
      expect(describeFactorFit(fit, simTranslator(locale))).not.toMatch(/%/);
    // Two levels and more say how far they typically lie from the fitted curve.
    const two = fitExposureFactor([
      { observedNgPerMl: 2, predictedNgPerMl: 1 },
      { observedNgPerMl: 8, predictedNgPerMl: 1 },
    ])!;
    expect(describeFactorFit(two)).toMatch(/, 2 levels, typically 100% off$/);
    expect(fitExposureFactor([{ observedNgPerMl: 0, predictedNgPerMl: 1 }])).toBeNull();
  });
});

describe("Student's t critical values", () => {
  it('match the printed table (two-sided 95%): df 1, 2, 5, 10, 30', () => {
    // Fisher & Yates table values, as printed in every statistics textbook.
    const table: [number, number][] = [
      [1, 12.706],
      [2, 4.303],
      [5, 2.571],
      [10, 2.228],
      [30, 2.042],
    ];
    for (const [df, t] of table) expectClose(studentTCritical(df), t, { abs: 6e-4 });
    expectClose(Math.exp(logGamma(5)), 24, { rel: 1e-12 });
  });
});

describe('personal factor on a real schedule (wiring: schedule -> simulation -> placed levels -> fit)', () => {
  it('levels simulated with 1.7× the amounts give a factor of 1.7, placed at wall-clock times across a DST change', async () => {
    const { expandSchedule, scheduleDoseEvents, scheduleSchema } = await import('../../sim/schedule/index');
    const { simulate } = await import('../../sim/simulate');
    const { presetParameters, TISSUE_PRESET } = await import('../../sim/presets/compounds');
    const { placeLevels } = await import('../../sim/fit/levels');
    const calendar = scheduleSchema.parse({
      start: { date: '2026-03-23', time: '08:00', timeZone: 'Europe/Berlin' },
    });
    const cs = {
      compound: 'mk7' as const,
      amountUg: 180,
      pattern: { days: 'daily' as const, slots: [{ time: '08:00', meal: 'breakfast' as const }] },
      edits: [],
      added: [],
    };
    const pk = presetParameters('mk7');
    const run = (amountUg: number) =>
      simulate({
        pk,
        tissue: TISSUE_PRESET,
        doses: scheduleDoseEvents(expandSchedule(calendar, { ...cs, amountUg }, 14 * 24)),
        horizonH: 14 * 24,
        stepH: 1,
      });
    const typical = run(180);
    const person = run(1.7 * 180);
    const when = [
      { date: '2026-03-25', time: '12:00' },
      { date: '2026-03-30', time: '07:30' }, // after the change to summer time
      { date: '2026-04-04', time: '20:00' },
    ];
    const levels = when.map((w, i) => {
      const [point] = placeLevels(person, [{ ...w, value: 1, unit: 'ng/mL', compound: 'mk7' }], calendar);
      return {
        ...w,
        value: point!.predictedNgPerMl * (i === 1 ? 1.1 : 1),
        unit: 'ng/mL' as const,
        compound: 'mk7' as const,
      };
    });
    const fit = fitExposureFactor(placeLevels(typical, levels, calendar))!;
    expect(fit.n).toBe(3);
    expectClose(fit.factor, 1.7 * Math.pow(1.1, 1 / 3), { rel: 1e-9 });
  });
});
