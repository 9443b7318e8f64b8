/**
 * The personal-factor fit says how many measured levels it used and why it left out each other one; the
 * user's walkthrough: levels 1.0 on 2026-12-10, 0 on 2026-12-12, 1.0 on 2020-01-08 and 1.0 on 2027-06-01 with a
 * 30-day run from 2026-12-03 were fitted "from 1 level" with the other three dropped silently.
 */
import { describe, expect, it } from 'vitest';
import { leftOutCounts, measuredLevelUses, placeLevels } from '../../sim/fit/levels';
import { describeFitUse, fitExposureFactor } from '../../sim/fit/personalFactor';
import { fitScenarioFactor } from '../../sim/fit/scenarioFit';
import { factorFitSchema } from '../../sim/fit/schema';
import { simTranslator } from '../../sim/i18n/translator';
import type { MeasuredLevel } from '../../sim/measured/measured';
import { makeRegimen } from '../../sim/regimen/regimen';
import { scheduleSchema, simulateRegimenAsTaken, wallTimeToH, type DoseSource } from '../../sim/schedule';
import { expectClose } from '../support/expectClose';

const calendar = scheduleSchema.parse({
  start: { date: '2026-12-03', time: '08:00', timeZone: 'Europe/Berlin' },
});
const mk7: DoseSource = {
  ...makeRegimen({ compound: 'mk7', doseUg: 180, fatG: 15 }),
  schedule: {
    pattern: { days: 'daily', slots: [{ time: '08:00', meal: 'breakfast' }] },
    edits: [],
    added: [],
  },
};
const level = (date: string, time: string, value: number, compound: MeasuredLevel['compound'] = 'mk7') =>
  ({ date, time, value, unit: 'ng/mL', compound }) as const;
const scenario = (measured: MeasuredLevel[]) => ({
  calendar,
  regimens: [mk7],
  measured,
  horizonDays: 30,
  stepMin: 60,
});
const walkthrough = [
  level('2026-12-10', '09:00', 1),
  level('2026-12-12', '09:00', 0),
  level('2020-01-08', '08:00', 1),
  level('2027-06-01', '08:00', 1),
];

describe('which levels the fit uses, and why it leaves out each other one', () => {
  it("the walkthrough's four levels: one used, one zero, one before the run, one after it", () => {
    const result = fitScenarioFactor(scenario(walkthrough));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.uses).toEqual(['used', 'zero', 'beforeStart', 'afterEnd']);
    expect(result.fit.n).toBe(1);
    expect(result.fit.leftOut).toEqual({
      beforeStart: 1,
      afterEnd: 1,
      notTaken: 0,
      zero: 1,
      noModelLevel: 0,
    });
    expect(describeFitUse(result.fit)).toBe(
      'The fit used 1 of the 4 levels. Left out: 1 level dated before the run starts, 1 level dated after the run ends and 1 level of 0, below detection (the fit compares logarithms).',
    );
    expect(describeFitUse(result.fit, simTranslator('de-DE'))).toBe(
      'Die Anpassung verwendete 1 der 4 Messwerte. Weggelassen: 1 Messwert vor dem Beginn der Simulation, 1 Messwert nach dem Ende der Simulation und 1 Messwert von 0, unter der Nachweisgrenze (die Anpassung vergleicht Logarithmen).',
    );
    expect(describeFitUse(result.fit, simTranslator('ja-JP'))).toBe(
      'フィットには4件中1件の測定値を使いました。除外：シミュレーション開始より前の日時の1件、シミュレーション終了より後の日時の1件、値が0（検出限界未満。フィットは対数で比べます）の1件。',
    );
    // The stored fit keeps the counts, so a reopened file says the same.
    expect(factorFitSchema.parse(result.fit).leftOut).toEqual(result.fit.leftOut);
  });

  it('the opposite case: every level used is said as such, with no "left out"', () => {
    const inside = [level('2026-12-10', '09:00', 1), level('2026-12-20', '20:00', 2.5)];
    const result = fitScenarioFactor(scenario(inside));
    expect(result.ok && result.uses).toEqual(['used', 'used']);
    if (!result.ok) return;
    expect(describeFitUse(result.fit)).toBe('The fit used all 2 levels.');
    const one = fitScenarioFactor(scenario([inside[0]!]));
    expect(one.ok && describeFitUse(one.fit)).toBe('The fit used the one level.');
    expect(one.ok && describeFitUse(one.fit, simTranslator('de-DE'))).toBe(
      'Die Anpassung verwendete den einen Messwert.',
    );
  });

  it('none used: the fit is refused with every reason, and no reason that is not true', () => {
    const none = fitScenarioFactor(scenario(walkthrough.slice(1)));
    expect(none).toEqual({
      ok: false,
      error:
        'None of the 3 levels can be used for the fit: 1 level dated before the run starts, 1 level dated after the run ends and 1 level of 0, below detection (the fit compares logarithms).',
    });
    const late = fitScenarioFactor(scenario([level('2027-06-01', '08:00', 1)]));
    expect(late).toEqual({
      ok: false,
      error: 'The one level cannot be used for the fit: 1 level dated after the run ends.',
    });
  });

  it('the boundaries: the run starts at 0 h and ends at the horizon, both inside (second method: wallTimeToH)', () => {
    const start = level('2026-12-03', '08:00', 1);
    const justBefore = level('2026-12-03', '07:59', 1);
    const end = level('2027-01-02', '08:00', 1);
    const justAfter = level('2027-01-02', '08:01', 1);
    expect(wallTimeToH(calendar, end.date, end.time)).toBe(30 * 24);
    const { uses } = measuredLevelUses(scenario([start, justBefore, end, justAfter]));
    // At 0 h the first dose has not reached the blood (absorption lag): the model's level is 0 there.
    expect(uses).toEqual(['noModelLevel', 'beforeStart', 'used', 'afterEnd']);
  });

  it('a compound without a regimen, and the model level of each used one equal to the full simulation', () => {
    const levels = [level('2026-12-10', '09:00', 1, 'k1'), ...walkthrough];
    const { uses, points } = measuredLevelUses(scenario(levels));
    expect(uses[0]).toBe('notTaken');
    expect(leftOutCounts(uses)).toEqual({
      beforeStart: 1,
      afterEnd: 1,
      notTaken: 1,
      zero: 1,
      noModelLevel: 0,
    });
    // Second method: the model level from the run on its output grid (placeLevels over simulate()).
    const run = simulateRegimenAsTaken({ calendar, personal: { factor: 1 } }, mk7, 30 * 24, 1);
    const placed = placeLevels(run, walkthrough, calendar);
    expect(points.map((p) => p.index)).toEqual(placed.map((p) => p.index + 1));
    points.forEach((p, i) => expectClose(p.predictedNgPerMl, placed[i]!.predictedNgPerMl, { rel: 1e-12 }));
    // The fit of bare points (no scenario) knows nothing left out, and so says nothing.
    expect(describeFitUse(fitExposureFactor([{ observedNgPerMl: 1, predictedNgPerMl: 2 }])!)).toBeNull();
  });
});
