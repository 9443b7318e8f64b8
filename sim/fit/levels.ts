import { plasmaAt } from '../metrics/exact';
import { measuredNgPerMl, type MeasuredLevel } from '../measured/measured';
import { wallTimeToH } from '../schedule/expand';
import type { Schedule } from '../schedule/schema';
import type { SimulationResult } from '../simulate';
import type { FitPoint } from './personalFactor';

/** A measured level placed on the simulation's time axis, with the model's level at that moment. */
export interface PlacedLevel extends FitPoint {
  /** Index in the measured list. */
  index: number;
  timeH: number;
}

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
