import { describe, expect, it } from 'vitest';
import { fitScenarioFactor } from '../../sim/fit/scenarioFit';
import { placeLevels } from '../../sim/fit/levels';
import { makeRegimen } from '../../sim/regimen/regimen';
import { simulateRegimen } from '../../sim/run';
import { regimenDoses, scheduleSchema, simulateRegimenAsTaken, type DoseSource } from '../../sim/schedule';
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
      error: expect.stringMatching(/inside the simulated days/),
    });
  });
});
