import { describe, expect, it } from 'vitest';
import { fitScenarioFactor } from '../../sim/fit/scenarioFit';
import { placeLevels } from '../../sim/fit/levels';
import { makeRegimen } from '../../sim/regimen/regimen';
import { simulateRegimen } from '../../sim/regimen/simulateRegimen';
import { regimenDoses, scheduleSchema, simulateRegimenAsTaken, type DoseSource } from '../../sim/schedule';
import { regimenMetrics } from '../../sim/metrics/regimenMetrics';
import { molarMass } from '../../sim/index';
import { expectClose } from '../support/expectClose';

const calendar = scheduleSchema.parse({
  start: { date: '2026-03-23', time: '08:00', timeZone: 'Europe/Berlin' },
});
const scheduled: DoseSource = {
  ...makeRegimen({ compound: 'mk7', doseUg: 180, fatG: 15 }),
  schedule: {
    pattern: { days: 'daily', slots: [{ time: '08:00', meal: 'breakfast' }] },
    edits: [],
    added: [],
  },
};

describe('scenario doses: calendar schedule or regular interval', () => {
  it('an interval regimen (version 2) simulates exactly as before', () => {
    const plain = makeRegimen({ compound: 'mk4', doseUg: 90, fatG: 15, missedDoses: [2] });
    const before = simulateRegimen(plain, 240, 1);
    const now = simulateRegimenAsTaken({}, plain, 240, 1);
    expect(Array.from(now.plasmaNgPerMl)).toEqual(Array.from(before.plasmaNgPerMl));
    expect(regimenDoses({ calendar }, plain, 240).scheduled).toBeNull();
  });

  it('a schedule without a calendar falls back to the interval; with one, doses are at wall-clock times', () => {
    expect(regimenDoses({}, scheduled, 96).events.map((d) => d.timeH)).toEqual([0, 24, 48, 72]);
    const withCalendar = regimenDoses({ calendar }, scheduled, 14 * 24);
    // 2026-03-29 is the change to summer time: 08:00 comes 23 h after the previous 08:00.
    expect(withCalendar.events.map((d) => d.timeH).slice(5, 8)).toEqual([120, 143, 167]);
  });

  it('the personal factor scales every concentration exactly (linear model: superposition)', () => {
    const one = simulateRegimenAsTaken({ calendar }, scheduled, 240, 1);
    const two = simulateRegimenAsTaken({ calendar, personal: { factor: 2.5 } }, scheduled, 240, 1);
    one.plasmaNgPerMl.forEach((c, i) =>
      expectClose(two.plasmaNgPerMl[i]!, 2.5 * c, { rel: 1e-12, abs: 1e-15 }),
    );
  });
});

describe('fitScenarioFactor', () => {
  it('recovers the factor used to make the levels, and explains what is missing', () => {
    const person = simulateRegimenAsTaken({ calendar, personal: { factor: 0.6 } }, scheduled, 14 * 24, 1);
    const when = ['2026-03-26 07:45', '2026-03-31 12:00', '2026-04-04 20:00'].map((s) => s.split(' '));
    const measured = when.map(([date, time]) => {
      const [p] = placeLevels(
        person,
        [{ date: date!, time: time!, value: 1, unit: 'ng/mL', compound: 'mk7' }],
        calendar,
      );
      return {
        date: date!,
        time: time!,
        value: p!.predictedNgPerMl,
        unit: 'ng/mL' as const,
        compound: 'mk7' as const,
      };
    });
    const scenario = { calendar, regimens: [scheduled], measured, horizonDays: 14, stepMin: 60 };
    const result = fitScenarioFactor(scenario);
    expect(result.ok).toBe(true);
    if (result.ok) expectClose(result.fit.factor, 0.6, { rel: 1e-9 });
    expect(fitScenarioFactor({ ...scenario, calendar: undefined })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/start date/),
    });
    expect(fitScenarioFactor({ ...scenario, measured: [] })).toMatchObject({ ok: false });
    const late = measured.map((m) => ({ ...m, date: '2027-01-01' }));
    expect(fitScenarioFactor({ ...scenario, measured: late })).toMatchObject({
      ok: false,
      error: 'None of the 3 levels can be used for the fit: 3 levels dated after the run ends.',
    });
  });
});

describe('a calendar pattern as a regular interval (trough, steady state, accumulation)', () => {
  it('a once-a-day pattern has the metrics of the same 24 h interval regimen (second method: the interval run)', () => {
    // UTC: no daylight-saving hour, so the calendar doses fall exactly on the interval's times.
    const utc = scheduleSchema.parse({ start: { date: '2026-03-23', time: '08:00', timeZone: 'UTC' } });
    const fat = utc.mealFatG.breakfast;
    const { intervalEquivalent, events } = regimenDoses({ calendar: utc }, scheduled, 30 * 24);
    expect(intervalEquivalent).toMatchObject({ intervalH: 24, firstDoseH: 0, fatG: fat, doseUg: 180 });
    expect(events.map((e) => e.index)).toEqual(events.map((_, k) => k));
    const asTaken = regimenMetrics(
      intervalEquivalent!,
      simulateRegimenAsTaken({ calendar: utc }, scheduled, 30 * 24, 1),
      molarMass('mk7'),
    );
    const interval = makeRegimen({ compound: 'mk7', doseUg: 180, fatG: fat });
    const reference = regimenMetrics(interval, simulateRegimen(interval, 30 * 24, 1), molarMass('mk7'));
    expect(asTaken.troughNgPerMl).not.toBeNull();
    expectClose(asTaken.troughNgPerMl!, reference.troughNgPerMl!, { rel: 1e-12 });
    expectClose(asTaken.steadyState!.accumulationRatio, reference.steadyState!.accumulationRatio, {
      rel: 1e-12,
    });
    expectClose(asTaken.steadyState!.timeTo90PctH, reference.steadyState!.timeTo90PctH, { rel: 1e-12 });
  });

  it('a moved or re-dosed planned dose counts as extra; uneven times or mixed meals have no interval equivalent', () => {
    const edited: DoseSource = {
      ...scheduled,
      schedule: { ...scheduled.schedule!, edits: [{ key: '2026-03-25#0', moveMin: 120 }] },
    };
    const { events } = regimenDoses({ calendar }, edited, 5 * 24);
    expect(events.map((e) => e.index)).toEqual([0, 1, null, 3, 4]);
    const pattern = (slots: { time: string; meal: 'breakfast' | 'dinner' }[]): DoseSource => ({
      ...scheduled,
      schedule: { pattern: { days: 'daily', slots }, edits: [], added: [] },
    });
    const twice = (meal: 'breakfast' | 'dinner') => [
      { time: '08:00', meal: 'breakfast' as const },
      { time: '20:00', meal },
    ];
    expect(regimenDoses({ calendar }, pattern(twice('breakfast')), 96).intervalEquivalent).toMatchObject({
      intervalH: 12,
    });
    expect(regimenDoses({ calendar }, pattern(twice('dinner')), 96).intervalEquivalent).toBeNull();
    // Then the numbers that need an interval are blank, with a note that says why (not "no dose taken").
    const mixed = pattern(twice('dinner'));
    const m = regimenMetrics(mixed, simulateRegimenAsTaken({ calendar }, mixed, 96, 1), molarMass('mk7'));
    expect(m.troughNgPerMl).toBeNull();
    expect(m.qualified.troughNgPerMl.notes.map((n) => n.code)).toContain('no-single-interval');
    expect(m.qualified.accumulationRatio.notes.map((n) => n.code)).toEqual(['no-single-interval']);
    const uneven = [
      { time: '08:00', meal: 'breakfast' as const },
      { time: '18:00', meal: 'breakfast' as const },
    ];
    expect(regimenDoses({ calendar }, pattern(uneven), 96).intervalEquivalent).toBeNull();
  });
});
