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
 * @example placeLevels(result, levels.filter(l => l.compound === 'mk7'), calendar)
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
