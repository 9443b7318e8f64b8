import type { CompoundId } from '../model/types';
import type { SourceId } from './sources';

/**
 * Dose ranges where published studies disagree about what the model draws, so the chart says so beside the
 * curve and the Sources panel explains it (issue 15 §4: doubt shown where studies disagree).
 */
export interface ContestedRange {
  id: string;
  compound: CompoundId;
  /** Daily intake (µg in any 24 h) from which the note is shown, inclusive. */
  fromUgPerDay: number;
  /** Daily intake up to which it is shown, inclusive. */
  toUgPerDay: number;
  sources: SourceId[];
  /** Short, for the chart after the curve's label ("MK-4 at ..."): it must fit a narrow print panel. */
  chartText: string;
  /** The disagreement in full, for the Sources panel. */
  explanation: string;
}

export const CONTESTED_RANGES: readonly ContestedRange[] = [
  {
    id: 'mk4-sub-milligram',
    compound: 'mk4',
    // From just above the highest nutritional dose measured in serum (Sato 2012, 420 µg) to the daily dose of
    // the bone-marker trial (Koitaya 2014, 1.5 mg/day).
    fromUgPerDay: 500,
    toUgPerDay: 1_500,
    sources: ['sato2012', 'koitaya2014'],
    chartText: 'at 0.5-1.5 mg/day: studies disagree (Sato 2012 vs Koitaya 2014)',
    explanation:
      'MK-4 at 0.5-1.5 mg a day: the studies disagree. Sato 2012 found a single 420 µg dose of MK-4 undetectable in serum at every sampled time, and the model follows it (its saturable first pass lets under 1% of such doses through, so its curve stays near zero). Yet Koitaya 2014 saw serum ucOC fall against placebo with 1.5 mg MK-4 a day for 12 months, which needs MK-4 to reach bone. Either MK-4 reaches tissues below the serum detection limit, or the first pass saturates earlier than the model assumes: the curve in this range is one model’s guess, not a measurement.',
  },
];

/**
 * The largest amount taken within any 24 h (µg), counting each window from a dose: a single 1 mg dose and
 * 500 µg twice a day both count as 1 mg a day.
 * @example maxDailyIntakeUg([{ timeH: 0, amountUg: 500 }, { timeH: 12, amountUg: 500 }, { timeH: 48, amountUg: 500 }]) // => 1000
 */
export function maxDailyIntakeUg(intakes: readonly { timeH: number; amountUg: number }[]): number {
  const sorted = [...intakes].sort((a, b) => a.timeH - b.timeH);
  let best = 0;
  let sum = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    sum += sorted[end]!.amountUg;
    while (sorted[end]!.timeH - sorted[start]!.timeH >= 24) sum -= sorted[start++]!.amountUg;
    best = Math.max(best, sum);
  }
  return best;
}

/** The contested range a compound's daily intake falls in, or null. */
export function contestedRange(compound: CompoundId, dailyUg: number): ContestedRange | null {
  return (
    CONTESTED_RANGES.find(
      (c) => c.compound === compound && dailyUg >= c.fromUgPerDay && dailyUg <= c.toUgPerDay,
    ) ?? null
  );
}
