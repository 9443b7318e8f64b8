import { describe, expect, it } from 'vitest';
import { scenarioAnswers } from '../../sim/answers/scenarioAnswers';
import { scheduleAnswers } from '../../sim/answers/scheduleAnswers';
import { clinicalMk4Regimen } from '../../sim/presets/regimens';
import { makeRegimen } from '../../sim/regimen/regimen';
import { defaultScenario } from '../../sim/scenario/defaultScenario';
import { expectClose } from '../support/expectClose';

/**
 * The steady-state answer with no dose, every dose missed, one dose, and a schedule that stops, against the
 * ordinary daily schedule (the opposite case). Truth: the textbook one-compartment oral model in closed form
 * (Gibaldi & Perrier, ch. 1 and 3), never the simulator: the share of one dose's total exposure absorbed and
 * eliminated by time T is AUC1(0, T) / AUC1(∞) = 1 - (ka e^(-ke T) - ke e^(-ka T)) / (ka - ke), and the
 * daily steady-state mean is AUC1(∞) / 24 h, so the mean over day n's 24 h of doses at 0, 24, ... h divided by
 * it is Σ_k [share(24n - 24k) - share(24n - 24 - 24k)].
 */
const kaPerH = 1.2;
const tHalfH = 30;
const ke = Math.LN2 / tHalfH;
const overrides = { kaPerH, tHalfH, volumeL: 10, lagH: 0, f: 0.5 };
const share = (t: number) =>
  t <= 0 ? 0 : 1 - (kaPerH * Math.exp(-ke * t) - ke * Math.exp(-kaPerH * t)) / (kaPerH - ke);
/** Day n's mean over the daily steady-state mean, for `count` daily doses from t = 0. */
const dayFraction = (n: number, count: number) => {
  let sum = 0;
  for (let k = 0; k < count; k++) sum += share(24 * n - 24 * k) - share(24 * n - 24 - 24 * k);
  return sum;
};
const daily = (extra: Partial<Parameters<typeof makeRegimen>[0]> = {}) =>
  makeRegimen({ compound: 'mk7', doseUg: 100, overrides, ...extra });

const withAllRegimens = (change: (r: ReturnType<typeof defaultScenario>['regimens'][number]) => void) => {
  const scenario = defaultScenario();
  scenario.regimens.forEach(change);
  return scenario;
};

describe('the steady-state answer when there is none to give', () => {
  it('a dose of 0: "no dose is taken", never "Day 14: 0% of steady state", in English, German and Japanese', () => {
    const scenario = withAllRegimens((r) => (r.doseUg = 0));
    const sentence = {
      'en-US': 'No dose is taken in this run, so there is no steady state',
      'de-DE': 'In diesem Lauf wird keine Dosis eingenommen, daher gibt es keinen Steady State',
      'ja-JP': 'この実行では服用がないため、定常状態はありません',
    };
    for (const [locale, words] of Object.entries(sentence)) {
      const rows = scenarioAnswers({ scenario, threshold: null, locale });
      expect(rows.map((r) => r.label)).toEqual(['MK-4', 'MK-7', 'K1']);
      for (const r of rows) {
        expect(r.answers.sentence).toBe(words);
        expect(r.answers.steadyStateCase).toBe('noDose');
        expect(r.answers.fractionOfSteadyState).toBeNull();
      }
    }
    // No doses at all (a dose count of 0) is the same case; so is a dose of 0 marked missed, with no comparison
    // of two curves that are both 0 (it said "Your changes keep the level within 5% of the plan").
    expect(scheduleAnswers({}, daily({ doseCount: 0 }), 30, 60).steadyStateCase).toBe('noDose');
    const zeroMissed = scheduleAnswers({}, daily({ doseUg: 0, missedDoses: [1] }), 30, 60);
    expect(zeroMissed.steadyStateCase).toBe('noDose');
    expect(zeroMissed.comparison).toBeNull();
    // The opposite: extra doses without a regular one are taken, so not "no dose": they are not repeated.
    const extras = [5, 30].map((timeH) => ({ timeH, amountUg: 100, fatG: 0 }));
    const onlyExtras = scheduleAnswers({}, daily({ doseUg: 0, extraDoses: extras }), 30, 60);
    expect(onlyExtras.sentence).toBe('2 doses, not repeated, so there is no steady state');
  });

  it('every dose missed: the level stays at 0, and the comparison names no single missed dose as the cause', () => {
    const missed = daily({ doseCount: 5, missedDoses: [0, 1, 2, 3, 4] });
    const a = scheduleAnswers({}, missed, 30, 60);
    expect(a.steadyStateCase).toBe('allMissed');
    expect(a.fractionOfSteadyState).toBe(0);
    expect(a.sentence).toBe('Every dose in this run is missed, so no dose is taken and the level stays at 0');
    // Before: "Below the plan from day 0.0 to day 30.0, ..., because of the missed dose on day 0."
    expect(a.comparison!.sentences.join(' ')).not.toMatch(/because of/);
    expect(a.comparison!.below).not.toBeNull();
    // The one dose of a single-dose plan, missed; and every dose of an open daily schedule within the run.
    const one = scheduleAnswers({}, daily({ doseCount: 1, missedDoses: [0] }), 30, 60);
    expect(one.sentence).toBe('The only dose is missed, so no dose is taken and the level stays at 0');
    const open = daily({ missedDoses: Array.from({ length: 30 }, (_, k) => k) });
    expect(scheduleAnswers({}, open, 30, 60).steadyStateCase).toBe('allMissed');
    const de = scenarioAnswers({
      scenario: withAllRegimens((r) => Object.assign(r, { doseCount: 3, missedDoses: [0, 1, 2] })),
      threshold: null,
      locale: 'de-DE',
    });
    expect(de[1]!.answers.sentence).toBe(
      'Jede Dosis in diesem Lauf ist vergessen, daher wird keine Dosis eingenommen und der Spiegel bleibt bei 0',
    );
  });

  it('one dose: not repeated, so no steady state (it read "Day 14: 26% of steady state" for MK-7)', () => {
    const one = scheduleAnswers(
      {},
      makeRegimen({ compound: 'mk7', doseUg: 90, fatG: 15, doseCount: 1 }),
      30,
      60,
    );
    expect(one.steadyStateCase).toBe('notRepeated');
    expect(one.fractionOfSteadyState).toBeNull();
    expect(one.sentence).toBe('One dose, not repeated, so there is no steady state');
    const ja = scenarioAnswers({
      scenario: withAllRegimens((r) => (r.doseCount = 1)),
      threshold: null,
      locale: 'ja-JP',
    });
    expect(ja[0]!.answers.sentence).toBe('1回の服用で、繰り返されないため、定常状態はありません');
    // A day of the clinical MK-4 regimen (three doses, not repeated on the next day): counted, not "one".
    expect(scheduleAnswers({}, clinicalMk4Regimen(1), 30, 60).sentence).toBe(
      '3 doses, not repeated, so there is no steady state',
    );
  });
});

describe('the steady-state answer of a schedule (the opposite cases)', () => {
  it('a normal daily schedule still says "Day 14: N% of steady state", N from the closed form', () => {
    const a = scheduleAnswers({}, daily(), 30, 60);
    expectClose(a.fractionOfSteadyState!, share(14 * 24), { rel: 1e-9 });
    expect(a.sentence).toBe(`Day 14: ${Math.round(share(14 * 24) * 100)}% of steady state`);
  });

  it('a one-day run of a schedule that continues keeps its fraction: the schedule, not the run, decides', () => {
    const a = scheduleAnswers({}, daily(), 1, 60);
    expectClose(a.fractionOfSteadyState!, share(24), { rel: 1e-9 });
    expect(a.sentence).toBe(`Day 1: ${Math.round(share(24) * 100)}% of steady state`);
  });

  it("20 daily doses: day 14 is the open schedule's (it read 20/28 of the steady state as all of it)", () => {
    const a = scheduleAnswers({}, daily({ doseCount: 20 }), 30, 60);
    expectClose(a.fractionOfSteadyState!, share(14 * 24), { rel: 1e-9 });
  });

  it('5 daily doses: day 14 against the steady state the schedule would reach if it continued, its stop named', () => {
    const a = scheduleAnswers({}, daily({ doseCount: 5 }), 30, 60);
    expect(a.steadyStateCase).toBe('stopped');
    expectClose(a.fractionOfSteadyState!, dayFraction(14, 5), { rel: 1e-9 });
    expect(a.sentence).toBe(
      `Day 14: ${Math.round(dayFraction(14, 5) * 100)}% of the steady state this schedule would reach if it continued (its last dose is on day 4)`,
    );
  });

  it('the 7-day clinical MK-4 regimen is at steady state on day 7 (it read about 400%: 7 days of doses over 28)', () => {
    // Truth: MK-4's half-life is 1.5 h, so every day's mean after the first is the steady-state mean.
    const a = scheduleAnswers({}, clinicalMk4Regimen(7), 7, 60);
    expectClose(a.fractionOfSteadyState!, 1, { rel: 1e-3 });
  });
});
