import { describe, expect, it } from 'vitest';
import { makeRegimen, regimenMetrics, simulateRegimen } from '../../sim/index';
import { expectClose } from '../support/expectClose';

/**
 * The numbers of a regimen with one dose, a schedule that stops, and a dose of 0, against the open daily
 * schedule. Truth: the textbook one-compartment oral model written out here (Gibaldi & Perrier, ch. 1):
 * C1(t) = F·D·ka / (V (ka - ke)) (e^(-ke t) - e^(-ka t)), and a level is the sum over the doses taken.
 */
const overrides = { kaPerH: 1.2, tHalfH: 30, volumeL: 10, lagH: 0, f: 0.5 };
const ke = Math.LN2 / overrides.tHalfH;
const c1 = (t: number) =>
  t <= 0 ? 0 : ((0.5 * 100 * 1.2) / (10 * (1.2 - ke))) * (Math.exp(-ke * t) - Math.exp(-1.2 * t));
const level = (t: number, doses: number) => {
  let sum = 0;
  for (let k = 0; k < doses; k++) sum += c1(t - 24 * k);
  return sum;
};
const metricsOf = (extra: Partial<Parameters<typeof makeRegimen>[0]>, days = 30) => {
  const regimen = makeRegimen({ compound: 'mk7', doseUg: 100, overrides, ...extra });
  return regimenMetrics(regimen, simulateRegimen(regimen, days * 24, 1), 649);
};
const codes = (notes: readonly { code: string }[]) => notes.map((n) => n.code);

describe('one dose: no trough, no accumulation ratio, no steady state', () => {
  it('is null with a note saying why (it read trough 0 beside a steady-state trough, and a ratio of 4.7)', () => {
    const m = metricsOf({ doseCount: 1 });
    expect(m.troughNgPerMl).toBeNull();
    expect(m.steadyState).toBeNull();
    expect(m.steadyStateReached).toBeNull();
    expect(m.qualified.accumulationRatio.value).toBeNull();
    expect(codes(m.qualified.troughNgPerMl.notes)).toEqual(['single-dose']);
    expect(codes(m.qualified.accumulationRatio.notes)).toEqual(['single-dose']);
    expect(m.qualified.accumulationRatio.notes[0]!.text).toBe(
      'One dose, not repeated: no dosing interval, so no trough, accumulation ratio or steady state.',
    );
    // The numbers one dose has are still there: its peak is the closed form's.
    const tmax = Math.log(1.2 / ke) / (1.2 - ke);
    expectClose(m.cmaxNgPerMl, c1(tmax), { rel: 1e-9 });
  });

  it('the opposite: a one-day run of a daily schedule that continues keeps its steady state and first trough', () => {
    const m = metricsOf({}, 1);
    expect(m.steadyState).not.toBeNull();
    expect(m.steadyStateReached).toBe(false);
    expect(m.troughNgPerMl).toBe(0); // the first interval [0, 24 h] starts at 0: a real trough of this run
    expect(codes(m.qualified.accumulationRatio.notes)).not.toContain('single-dose');
  });
});

describe('a schedule that stops (a dose count)', () => {
  it("5 daily doses in 30 days: the trough is the last interval between two doses, C(72 h), not after the last dose's", () => {
    const m = metricsOf({ doseCount: 5 });
    // The interval [72, 96] h: the level falls to C(72 h) just before the fourth dose (lag 0).
    expectClose(m.troughNgPerMl!, level(72, 3), { rel: 1e-9 });
    expect(m.troughNgPerMl!).toBeLessThan(level(120, 5));
  });

  it('steady state is not reached when the doses stop before 90% of it, and the note says the schedule stops', () => {
    // 90% of steady state takes a little over ln(10)/ke = 4.2 days here: 3 daily doses stop at day 3, 5 at day 5.
    const three = metricsOf({ doseCount: 3 });
    expect(three.steadyState!.timeTo90PctH).toBeGreaterThan(3 * 24);
    expect(three.steadyState!.timeTo90PctH).toBeLessThan(5 * 24);
    expect(three.steadyStateReached).toBe(false);
    const note = three.qualified.troughNgPerMl.notes.find((n) => n.code === 'steady-state-not-reached');
    expect(note!.text).toMatch(
      /^Steady state not reached: the schedule stops after 3 doses; it would reach 90% of it after \d+\.\d days if it continued\.$/,
    );
    // The opposite: 5 doses get there before they stop, and the open schedule over 30 days does, with no note.
    expect(metricsOf({ doseCount: 5 }).steadyStateReached).toBe(true);
    const open = metricsOf({});
    expect(open.steadyStateReached).toBe(true);
    expect(open.qualified.troughNgPerMl.notes).toEqual([]);
    expectClose(open.troughNgPerMl!, level(29 * 24, 30), { rel: 1e-6 });
  });
});

describe('no dose taken: the note says why', () => {
  it('a dose of 0 is not "every dose is missed"', () => {
    const zero = metricsOf({ doseUg: 0 });
    expect(zero.qualified.cmaxNgPerMl.notes.map((n) => n.text)).toEqual(['No dose taken: the dose is 0 µg.']);
    const missed = metricsOf({ doseCount: 2, missedDoses: [0, 1] });
    expect(missed.qualified.cmaxNgPerMl.notes.map((n) => n.text)).toEqual([
      'No dose taken: every dose is missed.',
    ]);
    const none = metricsOf({ doseCount: 0 });
    expect(none.qualified.cmaxNgPerMl.notes.map((n) => n.text)).toEqual([
      'No dose taken: no dose falls inside the run.',
    ]);
  });
});
