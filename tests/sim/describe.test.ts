import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../sim/scenario/defaultScenario';
import { describeScenario, isUserNamed, scenarioTitle } from '../../sim/scenario/describe';
import type { Scenario } from '../../sim/scenario/schema';
import { weekScenario } from './scheduleWeek';
import { simTranslator } from '../../sim/i18n';

// Expected titles are written out by hand from what each scenario holds (not recomputed by the code).
describe('scenario titles: what the scenario holds until the user names it', () => {
  it('the default scenario is titled by its doses, not by a name the app gave it', () => {
    const s = defaultScenario();
    expect(isUserNamed(s)).toBe(false);
    expect(scenarioTitle(s)).toBe('MK-7, MK-4 and K1: 90 µg every 24 h with a 15 g-fat meal');
  });

  it("a personal 180 µg schedule saved under an old preset's name gets a title that says 180 µg and the changes", () => {
    const s: Scenario = { ...weekScenario(), name: 'Daily 90 µg with a meal' };
    expect(scenarioTitle(s)).toBe(
      'MK-7: 180 µg once a day at 08:00 (breakfast), 5 single doses changed or added; ' +
        'MK-4: 90 µg on weekdays at 07:30 and 19:30 (snack, dinner)',
    );
  });

  it('a name the user typed is kept exactly as typed, whatever the doses', () => {
    const s: Scenario = { ...weekScenario(), name: 'My week' };
    expect(isUserNamed(s)).toBe(true);
    expect(scenarioTitle(s)).toBe('My week');
    // Only the app's own names count as unnamed, spaces around them or not.
    expect(isUserNamed({ name: '  Untitled scenario ' })).toBe(false);
  });

  it('only the shown compounds are described; with none shown, all of them', () => {
    const s = defaultScenario();
    expect(describeScenario({ ...s, display: { ...s.display, visible: ['k1'] } })).toBe(
      'K1: 90 µg every 24 h with a 15 g-fat meal',
    );
    expect(describeScenario({ ...s, display: { ...s.display, visible: [] } })).toBe(
      'MK-7, MK-4 and K1: 90 µg every 24 h with a 15 g-fat meal',
    );
  });

  it('missed and extra interval doses are counted, singular and plural', () => {
    const s = defaultScenario();
    const mk7 = {
      ...s.regimens[1]!,
      missedDoses: [2],
      extraDoses: [
        { timeH: 30, amountUg: 90, fatG: 15 },
        { timeH: 54, amountUg: 90, fatG: 15 },
      ],
    };
    const one = { ...s, regimens: [mk7], display: { ...s.display, visible: ['mk7' as const] } };
    expect(describeScenario(one)).toBe(
      'MK-7: 90 µg every 24 h with a 15 g-fat meal, 1 missed dose, 2 extra doses',
    );
  });

  it('extra doses that repeat each day at the same hours read as several times a day (the clinical MK-4 preset)', () => {
    const s = defaultScenario();
    // 15 mg at 0 h, then again 5 and 11 h later, each of 7 days: 21 doses (Sato 2012's clinical regimen).
    const clinical = {
      ...s.regimens[0]!,
      doseUg: 15_000,
      fatG: 20,
      doseCount: 7,
      extraDoses: [0, 1, 2, 3, 4, 5, 6].flatMap((day) => [
        { timeH: day * 24 + 5, amountUg: 15_000, fatG: 20 },
        { timeH: day * 24 + 11, amountUg: 15_000, fatG: 20 },
      ]),
    };
    const only = (regimen: typeof clinical) => ({
      ...s,
      regimens: [regimen],
      display: { ...s.display, visible: ['mk4' as const] },
    });
    expect(describeScenario(only(clinical))).toBe(
      'MK-4: 15,000 µg three times a day (then again 5 and 11 h after the first) with a 20 g-fat meal (21 doses)',
    );
    expect(describeScenario(only(clinical), simTranslator('de-DE'))).toBe(
      'MK-4: 15.000 µg dreimal täglich (erneut 5 und 11 h nach der ersten) zu einer Mahlzeit mit 20 g Fett (21 Dosen)',
    );
    // The opposite cases keep the interval wording: one day's repeat missing, a different amount, a missed dose.
    const missingOne = { ...clinical, extraDoses: clinical.extraDoses.slice(1) };
    expect(describeScenario(only(missingOne))).toBe(
      'MK-4: 15,000 µg every 24 h with a 20 g-fat meal (7 doses), 13 extra doses',
    );
    const otherAmount = {
      ...clinical,
      extraDoses: clinical.extraDoses.map((d, i) => (i === 3 ? { ...d, amountUg: 5_000 } : d)),
    };
    expect(describeScenario(only(otherAmount))).toMatch(/every 24 h .*14 extra doses$/);
    expect(describeScenario(only({ ...clinical, missedDoses: [2] }))).toMatch(
      /every 24 h .*1 missed dose, 14 extra doses$/,
    );
  });

  it('many different regimens are cut at a clause and counted, never mid-word', () => {
    const s = defaultScenario();
    const regimens = [10, 20, 30, 40, 50, 60].map((doseUg) => ({ ...s.regimens[1]!, doseUg }));
    const title = describeScenario({ ...s, regimens });
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title).toMatch(/^MK-7: 10 µg every 24 h.*; and \d more regimens?$/);
    const shown = title.split('; ').filter((c) => c.startsWith('MK-7')).length;
    const more = Number(/and (\d) more/.exec(title)![1]);
    expect(shown + more).toBe(6);
  });
});
