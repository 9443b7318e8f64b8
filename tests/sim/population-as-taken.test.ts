/**
 * Variation bands come from the same doses and personal factor as the curve (issue 20: the bands ignored the
 * calendar schedule and the factor, their medians 3-7× off the curve, in the app and at --subjects). A
 * calendar schedule (UTC, twice a day with one missed and one added dose) with a factor fitted to measured
 * levels: the median of 1,000 people must follow the typical subject, and the typical subject must be the
 * plain simulate() of hand-written doses at the factor (independent truth: no schedule code involved).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  defaultScenario,
  parseScenario,
  populationView,
  presetParameters,
  simulate,
  TISSUE_PRESET,
  type DoseEvent,
  type Scenario,
} from '../../sim/index';
import { populationOutputs } from '../../sim/cli/population';
import { fitScenarioFactor } from '../../sim/fit/scenarioFit';
import { scenarioPlans } from '../../main/cli/scenarioPlans';

const DAYS = 21;
const FAT = { breakfast: 15, lunch: 20, dinner: 25, snack: 5, none: 0 };

/** MK-7 90 µg at 08:00 (breakfast, 15 g) and 20:00 (dinner, 25 g) in UTC from 2026-01-05; day 3's morning missed, 135 µg added on day 10 at 13:00 (lunch). */
function calendarScenario(factor: number, fit: unknown = null): Scenario {
  const base = defaultScenario();
  const parsed = parseScenario({
    ...base,
    name: 'Bands as taken',
    horizonDays: DAYS,
    stepMin: 60,
    display: { ...base.display, visible: ['mk7'] },
    calendar: { start: { date: '2026-01-05', time: '08:00', timeZone: 'UTC' }, mealFatG: FAT },
    regimens: [
      {
        compound: 'mk7',
        doseUg: 90,
        intervalH: 24,
        fatG: 15,
        schedule: {
          pattern: {
            days: 'daily',
            slots: [
              { time: '08:00', meal: 'breakfast' },
              { time: '20:00', meal: 'dinner' },
            ],
          },
          edits: [{ key: '2026-01-07#0', missed: true }],
          added: [{ date: '2026-01-14', time: '13:00', meal: 'lunch', amountUg: 135 }],
        },
      },
    ],
    personal: { factor, fit },
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario;
}

/** The same doses written out by hand, in hours after the start (08:00 UTC on day 0). */
function handDoses(): DoseEvent[] {
  const doses: DoseEvent[] = [];
  for (let day = 0; day < DAYS; day++) {
    doses.push({ index: null, timeH: day * 24, amountUg: 90, fatG: 15, missed: day === 2 });
    if (day * 24 + 12 < DAYS * 24)
      doses.push({ index: null, timeH: day * 24 + 12, amountUg: 90, fatG: 25, missed: false });
  }
  doses.push({ index: null, timeH: 9 * 24 + 5, amountUg: 135, fatG: 20, missed: false });
  return doses.sort((a, b) => a.timeH - b.timeH);
}

/** A factor fitted to levels measured at 0.4× the typical person's curve (what "Fit personal factor" does). */
function fittedScenario(): Scenario {
  const typical = simulate({
    pk: presetParameters('mk7'),
    tissue: TISSUE_PRESET,
    doses: handDoses(),
    horizonH: DAYS * 24,
    stepH: 1,
  });
  const measured = [5, 9, 14, 19].map((day) => ({
    date: `2026-01-${String(5 + day).padStart(2, '0')}`,
    time: '07:00',
    value: 0.4 * typical.plasmaNgPerMl[day * 24 - 1]!,
    unit: 'ng/mL' as const,
    compound: 'mk7' as const,
  }));
  const s = { ...calendarScenario(1), measured };
  const fit = fitScenarioFactor({ ...s, measured });
  if (!fit.ok) throw new Error(fit.error);
  expect(fit.fit.factor).toBeCloseTo(0.4, 6);
  return { ...calendarScenario(fit.fit.factor, fit.fit), measured };
}

const tmp = mkdtempSync(join(tmpdir(), 'k2-bands-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Median within 25% of the typical subject wherever the typical level is above 5% of its peak, and the 5-95% band around it. */
function expectBandsFollow(
  timeH: ArrayLike<number>,
  typical: ArrayLike<number>,
  p05: ArrayLike<number>,
  p50: ArrayLike<number>,
  p95: ArrayLike<number>,
) {
  let peak = 0;
  for (let i = 0; i < typical.length; i++) peak = Math.max(peak, typical[i]!);
  let checked = 0;
  for (let i = 0; i < typical.length; i++) {
    if (typical[i]! < 0.05 * peak) continue;
    checked++;
    const ratio = p50[i]! / typical[i]!;
    expect(ratio, `median / typical at ${timeH[i]} h`).toBeGreaterThan(0.8);
    expect(ratio, `median / typical at ${timeH[i]} h`).toBeLessThan(1.25);
    expect(p05[i]!).toBeLessThan(typical[i]!);
    expect(p95[i]!).toBeGreaterThan(typical[i]!);
  }
  expect(checked).toBeGreaterThan(400);
}

describe('population bands follow the curve they vary', () => {
  it('app (populationView): calendar doses, missed and added, with a fitted factor', () => {
    const s = fittedScenario();
    const truth = simulate({
      pk: { ...presetParameters('mk7'), fFactor: s.personal!.factor },
      tissue: TISSUE_PRESET,
      doses: handDoses(),
      horizonH: DAYS * 24,
      stepH: 1,
    });
    const [bands] = populationView(s, { subjects: 1000, seed: 1 });
    if (!bands) throw new Error('no bands');
    // The population's typical subject is the plain simulation of the hand-written doses at the factor.
    expect(bands.typical.length).toBe(truth.plasmaNgPerMl.length);
    bands.typical.forEach((c, i) => expect(c).toBeCloseTo(truth.plasmaNgPerMl[i]!, 9));
    expectBandsFollow(bands.timeH, truth.plasmaNgPerMl, bands.p05, bands.p50, bands.p95);
  });

  it('command line (--scenario with --subjects): the p50 column follows the typical column', () => {
    const s = fittedScenario();
    const path = join(tmp, 'bands.k2.json');
    writeFileSync(path, JSON.stringify(s));
    const plans = scenarioPlans(path);
    const { columns } = populationOutputs(plans, 1000, 1);
    const col = (name: string) => columns.find((c) => c.name === name)!.values;
    const truth = simulate({
      pk: { ...presetParameters('mk7'), fFactor: s.personal!.factor },
      tissue: TISSUE_PRESET,
      doses: handDoses(),
      horizonH: DAYS * 24,
      stepH: 1,
    });
    expectBandsFollow(
      truth.timeH,
      truth.plasmaNgPerMl,
      col('plasma_p05_ng_per_ml'),
      col('plasma_p50_ng_per_ml'),
      col('plasma_p95_ng_per_ml'),
    );
  });

  it('refuses 10,000 people over 99,840 doses in words before allocating (was "Array buffer allocation failed")', () => {
    const base = defaultScenario();
    const path = join(tmp, 'many-doses.k2.json');
    // Daily output (3,661 points) but a dose every 0.88 h for 3,660 days: 99,819 doses.
    writeFileSync(
      path,
      JSON.stringify({
        ...base,
        horizonDays: 3660,
        stepMin: 1440,
        regimens: [{ ...base.regimens[0]!, intervalH: 0.88 }],
      }),
    );
    const plans = scenarioPlans(path);
    expect(plans[0]!.input.doses.length).toBe(99_819);
    expect(() => populationOutputs(plans, 10_000, 1)).toThrow(
      'variation between 10,000 people needs 1,034,800,000 values (people × (output points + doses)); the limit is 25,000,000',
    );
  });
});
