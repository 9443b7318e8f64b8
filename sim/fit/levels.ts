import { plasmaAt } from '../metrics/exact';
import { measuredNgPerMl, type MeasuredLevel } from '../measured/measured';
import { wallTimeToH } from '../schedule/expand';
import { regimenRunInput, type DoseSource } from '../schedule/scenarioDoses';
import type { Schedule } from '../schedule/schema';
import type { SimulationResult } from '../simulate';
import { GridStepper } from '../stream/gridStepper';
import { usablePoint, type FitPoint } from './personalFactor';

/** A measured level placed on the simulation's time axis, with the model's level at that moment. */
export interface PlacedLevel extends FitPoint {
  /** Index in the measured list. */
  index: number;
  timeH: number;
}

/**
 * What the personal-factor fit does with a measured level: uses it, or leaves it out for one reason, checked
 * in this order: dated before the run starts or after it ends (the model says nothing there), of a compound
 * the scenario has no regimen of, a value of 0 (below detection: the fit compares logarithms), or at a time
 * when no dose has reached the blood in the model yet (its level is 0 there).
 */
export const LEVEL_USES = ['used', 'beforeStart', 'afterEnd', 'notTaken', 'zero', 'noModelLevel'] as const;
export type LevelUse = (typeof LEVEL_USES)[number];
export type LeftOutReason = Exclude<LevelUse, 'used'>;
/** How many levels the fit left out for each reason. */
export type LeftOutCounts = Record<LeftOutReason, number>;

/**
 * Measured levels of one compound next to the exact model level at the same instants (h after the
 * schedule's start, so clock changes are respected). Levels before the start or after the end of the run
 * are left out: the model says nothing there.
 * @example placeLevels(simulateRegimen(makeRegimen({ compound: 'mk7', doseUg: 90 }), 72, 1), [{ compound: 'mk7', date: '2026-03-24', time: '08:00', value: 1, unit: 'ng/mL' }], { start: { date: '2026-03-23', time: '08:00', timeZone: 'UTC' }, mealFatG: { breakfast: 15, lunch: 20, dinner: 25, snack: 5, none: 0 } })[0].predictedNgPerMl.toFixed(3) // => '0.289'
 */
export function placeLevels(
  result: SimulationResult,
  levels: readonly MeasuredLevel[],
  calendar: Schedule,
): PlacedLevel[] {
  const horizonH = result.timeH[result.timeH.length - 1] ?? 0;
  const placed = levels
    .map((level, index) => ({ level, index, timeH: wallTimeToH(calendar, level.date, level.time) }))
    .filter((p) => p.timeH >= 0 && p.timeH <= horizonH)
    .sort((a, b) => a.timeH - b.timeH);
  const predicted = plasmaAt(
    result,
    placed.map((p) => p.timeH),
  );
  return placed.map((p, i) => ({
    index: p.index,
    timeH: p.timeH,
    observedNgPerMl: measuredNgPerMl(p.level),
    predictedNgPerMl: predicted[i]!,
  }));
}

/** The parts of a scenario a fit reads. */
export interface FitScenario {
  calendar: Schedule;
  regimens: readonly DoseSource[];
  measured: readonly MeasuredLevel[];
  horizonDays: number;
  stepMin: number;
}

/**
 * Each measured level's use in a fit of this scenario (`uses[i]` is `measured[i]`'s), and the placed levels
 * inside the run of a compound with a regimen (zeros included), next to the typical person's exact level
 * (factor 1) of the first regimen of the same compound. No output grid is filled: the exact model alone is
 * built, so the panel can say this on every change.
 * @example measuredLevelUses({ calendar: { start: { date: '2026-03-23', time: '08:00', timeZone: 'UTC' }, mealFatG: { breakfast: 15, lunch: 20, dinner: 25, snack: 5, none: 0 } }, regimens: [makeRegimen({ compound: 'mk7', doseUg: 90 })], measured: [{ compound: 'mk7', date: '2020-01-01', time: '08:00', value: 1, unit: 'ng/mL' }], horizonDays: 3, stepMin: 60 }).uses // => ['beforeStart']
 */
export function measuredLevelUses(scenario: FitScenario): { uses: LevelUse[]; points: PlacedLevel[] } {
  const { calendar, measured } = scenario;
  const horizonH = scenario.horizonDays * 24;
  const uses: LevelUse[] = new Array<LevelUse>(measured.length);
  const points: PlacedLevel[] = [];
  const typical = { calendar, personal: { factor: 1 } };
  for (const compound of new Set(measured.map((l) => l.compound))) {
    const regimen = scenario.regimens.find((r) => r.compound === compound);
    const inside: { index: number; timeH: number }[] = [];
    measured.forEach((level, index) => {
      if (level.compound !== compound) return;
      const timeH = wallTimeToH(calendar, level.date, level.time);
      if (timeH < 0) uses[index] = 'beforeStart';
      else if (timeH > horizonH) uses[index] = 'afterEnd';
      else if (!regimen) uses[index] = 'notTaken';
      else inside.push({ index, timeH });
    });
    if (!regimen || inside.length === 0) continue;
    inside.sort((a, b) => a.timeH - b.timeH);
    const model = new GridStepper(regimenRunInput(typical, regimen, horizonH, scenario.stepMin / 60)).model;
    const predicted = plasmaAt(
      model,
      inside.map((p) => p.timeH),
    );
    inside.forEach(({ index, timeH }, k) => {
      const point = {
        index,
        timeH,
        observedNgPerMl: measuredNgPerMl(measured[index]!),
        predictedNgPerMl: predicted[k]!,
      };
      points.push(point);
      uses[index] = usablePoint(point) ? 'used' : point.observedNgPerMl > 0 ? 'noModelLevel' : 'zero';
    });
  }
  return { uses, points };
}

/** The levels left out of a fit, counted by reason. */
export function leftOutCounts(uses: readonly LevelUse[]): LeftOutCounts {
  const counts: LeftOutCounts = { beforeStart: 0, afterEnd: 0, notTaken: 0, zero: 0, noModelLevel: 0 };
  for (const use of uses) if (use !== 'used') counts[use]++;
  return counts;
}
