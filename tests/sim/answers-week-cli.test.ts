/**
 * The week of issue 19 (MK-7 180 µg daily at 08:00 with breakfast, Europe/Berlin from Monday 23 March 2026;
 * Tuesday missed, a double dose on Wednesday, Thursday's dose at 19:00 with dinner) against the command
 * line's numbers. Independent truth: the built command line run twice, on the file as taken and on the same
 * file without the edits (the plan); the ratio of its two CSV columns is computed here, row by row, and
 * compared with what the answers say.
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../sim';
import { scenarioAnswers } from '../../sim/answers/scenarioAnswers';
import type { Scenario } from '../../sim/scenario/schema';
import { scenarioCsvFromCli } from '../support/cli';
import { expectClose } from '../support/expectClose';

function week(edits: NonNullable<Scenario['regimens'][number]['schedule']>['edits']): Scenario {
  const base = defaultScenario();
  return {
    ...base,
    name: 'Issue 19 week',
    horizonDays: 30,
    stepMin: 60,
    calendar: {
      start: { date: '2026-03-23', time: '08:00', timeZone: 'Europe/Berlin' },
      mealFatG: { breakfast: 15, lunch: 20, dinner: 25, snack: 5, none: 0 },
    },
    regimens: [
      {
        ...base.regimens.find((r) => r.compound === 'mk7')!,
        doseUg: 180,
        schedule: {
          pattern: { days: 'daily', slots: [{ time: '08:00', meal: 'breakfast' }] },
          edits,
          added: [],
        },
      },
    ],
    display: { ...base.display, visible: ['mk7'], timeAxis: 'days' },
  };
}

const EDITS = [
  { key: '2026-03-24#0', missed: true },
  { key: '2026-03-25#0', copies: 2 },
  { key: '2026-03-26#0', moveMin: 660, meal: 'dinner' as const },
];

async function cliColumn(scenario: Scenario): Promise<{ timeH: number[]; plasma: number[] }> {
  const { header, rows } = await scenarioCsvFromCli(scenario);
  const t = header.indexOf('time_h');
  const c = header.findIndex((h) => /mk7_plasma_ng_per_ml$|^plasma_ng_per_ml$/.test(h));
  return { timeH: rows.map((r) => r[t]!), plasma: rows.map((r) => r[c]!) };
}

describe("issue 19's week: the answers against the command line", () => {
  it('below around the missed Tuesday (largest at Wednesday 08:00), above after the double dose, named; recovery from the last change', async () => {
    const taken = week(EDITS);
    const [asTaken, plan] = await Promise.all([cliColumn(taken), cliColumn(week([]))]);
    expect(asTaken.timeH).toEqual(plan.timeH);
    const ratio = asTaken.plasma.map((v, i) => v / plan.plasma[i]!);
    const at = (h: number) => ratio[asTaken.timeH.indexOf(h)]!;

    // The command line's numbers at the named times (days on the axis: Monday 08:00 is day 0).
    expect(at(48)).toBeLessThan(0.5); // Wednesday 08:00, just before the double dose: Wednesday's trough
    expect(at(72)).toBeGreaterThan(1.05); // Thursday 08:00: above, the double dose
    expect(at(4 * 24)).toBeGreaterThan(1.2); // Friday 08:00
    expect(at(7 * 24)).toBeGreaterThan(1.05); // Monday after

    const [row] = scenarioAnswers({ scenario: taken, threshold: null, locale: 'en-US' });
    const c = row!.answers.comparison!;
    const minRatio = Math.min(...ratio.filter((_, i) => plan.plasma[i]! > 0));
    const maxRatio = Math.max(...ratio.filter((_, i) => plan.plasma[i]! > 0));
    // The CLI writes 10 significant digits.
    expectClose(1 + c.below!.extremeFraction!, minRatio, { rel: 1e-8 });
    expectClose(1 + c.above!.extremeFraction!, maxRatio, { rel: 1e-8 });
    expect(c.below!.extremeAtH).toBe(48);

    // Recovery: the first row from which every later row is within 5%, counted from the last change (the
    // dose taken Thursday 19:00 = 83 h).
    let last = -1;
    ratio.forEach((r, i) => {
      if (Math.abs(r - 1) > 0.05) last = i;
    });
    const agreeH = asTaken.timeH[last + 1]!;
    expect(c.agreeFromH).toBe(agreeH);
    expect(c.lastChangeH).toBe(83);

    const text = c.sentences.join(' ');
    expect(text).toContain(`Below the plan from day 1.`);
    expect(text).toContain(
      `by up to ${Math.round((1 - minRatio) * 100)}% (day 2.0), because of the missed dose on day 1`,
    );
    expect(text).toMatch(
      /Above the plan from day 2\.\d to day 3\.\d, by up to \d+% \(day 3\.\d\), because of the double dose on day 2/,
    );
    expect(text).toContain(`by up to ${Math.round((maxRatio - 1) * 100)}%`);
    expect(text).toContain('the dose moved 11 h later to 19:00 with dinner on day 3');
    expect(text).toContain(
      `Within 5% of the plan again from day ${(agreeH / 24).toFixed(1)}, ${((agreeH - 83) / 24).toFixed(1)} days after the last change.`,
    );
  }, 60_000);
});
