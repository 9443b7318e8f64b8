import { describe, expect, it } from 'vitest';
import {
  describeSteadyState,
  firstCrossingH,
  fractionOfSteadyState,
  steadyStateAverageNgPerMl,
} from '../../sim/answers/answers';
import { scheduleAnswers } from '../../sim/answers/scheduleAnswers';
import { steadyState } from '../../sim/metrics/steadyState';
import type { PkParameters } from '../../sim/model/types';
import { TISSUE_PRESET } from '../../sim/presets/compounds';
import { makeRegimen, type DoseEvent } from '../../sim/regimen/regimen';
import { scheduleSchema } from '../../sim/schedule';
import { simulate } from '../../sim/simulate';
import { expectClose } from '../support/expectClose';

/**
 * Independent truth: the textbook one-compartment oral model (Gibaldi & Perrier, ch. 1 and 3), written out
 * here in closed form, never through the simulator:
 *   C1(t) = F·D·ka / (V (ka - ke)) (e^(-ke t) - e^(-ka t)),   AUC1(0, T) = F·D/(V ke) [1 - (ka e^(-ke T) - ke e^(-ka T)) / (ka - ke)].
 */
const pk: PkParameters = {
  kaPerH: 1.2,
  tHalfH: 30,
  volumeL: 10,
  lagH: 0,
  bioavailability: { kind: 'fixed', f: 0.5 },
};
const ke = Math.LN2 / pk.tHalfH;
const doseUg = 100;
const tauH = 24;
const c1 = (t: number, p = pk) => {
  const k = Math.LN2 / p.tHalfH;
  const f = p.bioavailability.kind === 'fixed' ? p.bioavailability.f : 0;
  return t <= 0
    ? 0
    : ((f * doseUg * p.kaPerH) / (p.volumeL * (p.kaPerH - k))) * (Math.exp(-k * t) - Math.exp(-p.kaPerH * t));
};
const auc1Fraction = (t: number, p = pk) => {
  const k = Math.LN2 / p.tHalfH;
  return 1 - (p.kaPerH * Math.exp(-k * t) - k * Math.exp(-p.kaPerH * t)) / (p.kaPerH - k);
};
const dailyDoses = (days: number, missedDay: number | null = null): DoseEvent[] =>
  Array.from({ length: days }, (_, k) => ({
    index: k,
    timeH: k * tauH,
    amountUg: doseUg,
    fatG: 0,
    missed: k === missedDay,
  }));
const run = (doses: DoseEvent[], horizonH: number, p = pk) =>
  simulate({ pk: p, tissue: TISSUE_PRESET, doses, horizonH, stepH: 1 });

describe('answers: fraction of steady state', () => {
  const cssAvg = steadyStateAverageNgPerMl(pk, dailyDoses(1), tauH);

  it('steady-state average = F·D / (CL·τ), the same as the exact periodic steady state', () => {
    expectClose(cssAvg, (0.5 * doseUg) / (ke * pk.volumeL * tauH), { rel: 1e-12 });
    expectClose(cssAvg, steadyState(pk, TISSUE_PRESET, { doseUg, intervalH: tauH, fatG: 0 }).averageNgPerMl, {
      rel: 1e-9,
    });
  });

  it('mean over day n / steady-state mean = AUC1(0, n·τ) / AUC1(∞) for daily doses', () => {
    const result = run(dailyDoses(20), 20 * 24);
    for (const day of [1, 3, 7, 14]) {
      expectClose(fractionOfSteadyState(result, day, tauH, cssAvg), auc1Fraction(day * tauH), { rel: 1e-9 });
    }
    expect(describeSteadyState(14, fractionOfSteadyState(result, 14, tauH, cssAvg))).toBe(
      `Day 14: ${Math.round(auc1Fraction(14 * tauH) * 100)}% of steady state`,
    );
  });

  it('near-instant absorption: day 1 is 1 / accumulation factor, 1 - e^(-ke τ)', () => {
    const fast = { ...pk, kaPerH: 1000 };
    const result = run(dailyDoses(3), 72, fast);
    const css = steadyStateAverageNgPerMl(fast, dailyDoses(1), tauH);
    const accumulation = 1 / (1 - Math.exp(-ke * tauH));
    expectClose(fractionOfSteadyState(result, 1, tauH, css), 1 / accumulation, { rel: 1e-3 });
  });

  it('every other day: the 48 h mean over days 13-14 against 1 - (ka e^(-ke T) - ke e^(-ka T))/(ka - ke), T = 14 days', () => {
    const doses = dailyDoses(20).filter((_, k) => k % 2 === 0);
    const result = run(doses, 20 * 24);
    const css = steadyStateAverageNgPerMl(pk, [doses[0]!], 48);
    // Doses at 0, 48, ..., 288: the 48 h mean ending at 336 h is Σ AUC1 over [288-t_j, 336-t_j] / 48.
    const expected = auc1Fraction(336);
    expectClose(fractionOfSteadyState(result, 14, 48, css), expected, { rel: 1e-9 });
  });
});

describe('answers: first crossing of a threshold', () => {
  it('matches bisection on the closed-form single-dose curve', () => {
    const result = run(dailyDoses(1), 72);
    const tmax = Math.log(pk.kaPerH / ke) / (pk.kaPerH - ke);
    const threshold = 0.6 * c1(tmax);
    let lo = 0;
    let hi = tmax;
    for (let i = 0; i < 100; i++) {
      const mid = (lo + hi) / 2;
      if (c1(mid) >= threshold) hi = mid;
      else lo = mid;
    }
    expectClose(firstCrossingH(result, threshold) ?? NaN, hi, { abs: 1e-5 });
    expect(firstCrossingH(result, 2 * c1(tmax))).toBeNull();
  });
});

describe('scheduleAnswers: the answers for a regimen of a scenario', () => {
  const overrides = { kaPerH: pk.kaPerH, tHalfH: pk.tHalfH, volumeL: pk.volumeL, lagH: 0, f: 0.5 };
  const interval = { ...makeRegimen({ compound: 'mk7', doseUg, overrides }) };
  const calendar = scheduleSchema.parse({ start: { date: '2026-03-02', time: '08:00', timeZone: 'UTC' } });
  const onCalendar = {
    ...interval,
    schedule: {
      pattern: { days: 'daily' as const, slots: [{ time: '08:00', meal: 'none' as const }] },
      edits: [],
      added: [],
    },
  };

  it('Day 14 of daily doses, by interval or by calendar, is AUC1(0, 14 days) / AUC1(∞)', () => {
    const byInterval = scheduleAnswers({}, interval, 20, 60);
    const byCalendar = scheduleAnswers({ calendar }, onCalendar, 20, 60);
    expectClose(byInterval.fractionOfSteadyState!, auc1Fraction(14 * 24), { rel: 1e-9 });
    expectClose(byCalendar.fractionOfSteadyState!, auc1Fraction(14 * 24), { rel: 1e-9 });
    expect(byInterval.sentence).toBe(`Day 14: ${Math.round(auc1Fraction(14 * 24) * 100)}% of steady state`);
    expect(byInterval.comparison).toBeNull();
  });

  it('a missed Tuesday: by calendar and by interval the same comparison with the plan; the threshold crossing is reported', () => {
    const missed = {
      ...onCalendar,
      schedule: { ...onCalendar.schedule, edits: [{ key: '2026-03-03#0', missed: true }] },
    };
    const a = scheduleAnswers({ calendar }, missed, 20, 60, { thresholdNgPerMl: 1 });
    const byInterval = scheduleAnswers({}, { ...interval, missedDoses: [1] }, 20, 60);
    expect(a.comparison!.below!.extremeFraction).toBeLessThan(-0.05);
    expectClose(a.comparison!.below!.extremeFraction!, byInterval.comparison!.below!.extremeFraction!, {
      rel: 1e-9,
    });
    expect(a.comparison!.agreeFromH).toBe(byInterval.comparison!.agreeFromH);
    expect(a.comparison!.above).toBeNull();
    expect(a.comparison!.sentences[0]).toMatch(
      /^Below the plan from day 1\.\d .*because of the missed dose on day 1\./,
    );
    expect(a.thresholdCrossingH).toBeGreaterThan(0);
  });
});

describe('scheduleAnswers with the presets (dose-dependent F of MK-4)', () => {
  it('MK-4 (half-life of hours) is at steady state by day 14: the day-14 mean equals the steady-state mean', () => {
    // Independent truth: with t½ ≪ 1 day every day's mean after the first equals C_avg,ss = F·D/(CL·τ).
    for (const doseUg of [90, 15_000]) {
      const mk4 = makeRegimen({ compound: 'mk4', doseUg, fatG: 15 });
      expectClose(scheduleAnswers({}, mk4, 20, 60).fractionOfSteadyState!, 1, { rel: 1e-3 });
    }
  });
});
