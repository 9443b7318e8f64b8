import { doseBioavailability } from '../model/bioavailability';
import type { PkParameters } from '../model/types';
import { aucBetween, plasmaAt } from '../metrics/exact';
import type { DoseEvent } from '../regimen/regimen';
import type { SimulationResult } from '../simulate';
import { eliminationRatePerH } from '../units';

/**
 * Answers in words and numbers, computed from a run: how close to steady state, what a missed or late dose
 * costs and how long it takes to recover, and when a level is first reached.
 */

/**
 * Long-run average plasma level of a schedule that repeats every `periodH` hours: at steady state every
 * absorbed microgram is eliminated, so C_avg,ss = (Σ F(fat_i) · dose_i over one period) / (CL · period),
 * CL = ke · V (µg/h per µg/L, so the result is in µg/L = ng/mL). Missed doses count as not taken.
 * Reference: Gibaldi & Perrier, Pharmacokinetics, 2nd ed., ch. 3 (C_avg,ss = F · D / (CL · τ)).
 * @example steadyStateAverageNgPerMl(pk, [{ index: 0, timeH: 0, amountUg: 90, fatG: 15, missed: false }], 24)
 */
export function steadyStateAverageNgPerMl(
  pk: PkParameters,
  periodDoses: readonly DoseEvent[],
  periodH: number,
): number {
  const absorbedUg = periodDoses
    .filter((d) => !d.missed)
    .reduce((sum, d) => sum + doseBioavailability(pk, d.amountUg, d.fatG) * d.amountUg, 0);
  const clearanceLPerH = eliminationRatePerH(pk.tHalfH) * pk.volumeL;
  return absorbedUg / periodH / clearanceLPerH;
}

/**
 * "Day 14: 87% of steady state": the mean plasma level over the schedule's repeat period ending at the end
 * of day `day` (24 h for daily doses, 48 h every other day, 168 h for weekdays only), divided by the
 * steady-state mean of the planned schedule. Means are exact areas (aucBetween) over the period, with the
 * level before the start counted as zero. For daily doses with instant absorption this is 1 - e^(-ke·24·day).
 * @example fractionOfSteadyState(result, 14, 24, steadyStateAverageNgPerMl(pk, doses, 24)) // 0.87
 */
export function fractionOfSteadyState(
  result: SimulationResult,
  day: number,
  periodH: number,
  steadyAverageNgPerMl: number,
): number {
  const endH = day * 24;
  const startH = Math.max(0, endH - periodH);
  if (!(steadyAverageNgPerMl > 0) || endH <= 0) return 0;
  return aucBetween(result, startH, endH).plasma / periodH / steadyAverageNgPerMl;
}

/** "Day 14: 87% of steady state" (whole percent). */
export function describeSteadyState(day: number, fraction: number): string {
  return `Day ${day}: ${Math.round(fraction * 100)}% of steady state`;
}

export interface PerturbationImpact {
  /** Largest drop of an interval's trough below the unperturbed schedule's trough in the same interval (ng/mL). */
  maxTroughDropNgPerMl: number;
  /** That drop as a fraction of the unperturbed trough. */
  maxTroughDropFraction: number;
  /** Start of the planned dosing interval with the largest drop (h). */
  maxDropAtH: number;
  /** Start of the first interval from which every trough is within the tolerance of the unperturbed one (h), or null within the run. */
  recoveredAtH: number | null;
  /** Days from the perturbation to recovery, or null when it does not recover within the run. */
  recoveryDays: number | null;
}

/** Lowest exact level in each interval [t0, t1]: between absorption starts the one-compartment curve rises then falls, so the
 * minimum is at an end or at an absorption start inside. */
function intervalTroughs(result: SimulationResult, bounds: readonly number[]): number[] {
  // One sweep over the run for every interval [bounds[i], bounds[i + 1]]: the queries are the bounds and the
  // absorption starts strictly inside, in time order, so the cost is bounds + doses (per interval it was
  // doses × intervals: 9 s for a year of hourly doses with one missed).
  const inputs = result.gutInputs;
  const queries: number[] = [];
  const ranges: [number, number][] = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const t0H = bounds[i]!;
    const t1H = bounds[i + 1]!;
    const first = queries.length;
    queries.push(t0H);
    while (next < inputs.length && inputs[next]!.timeH <= t0H) next++;
    for (let k = next; k < inputs.length && inputs[k]!.timeH < t1H; k++) queries.push(inputs[k]!.timeH);
    queries.push(t1H);
    ranges.push([first, queries.length]);
  }
  const levels = plasmaAt(result, queries);
  return ranges.map(([from, to]) => {
    let low = Infinity;
    for (let k = from; k < to; k++) low = Math.min(low, levels[k]!);
    return low;
  });
}

/**
 * What a missed, late or extra dose does to the troughs, by comparing two runs: the schedule as taken and
 * the same schedule without that perturbation. The planned dose times cut the run into dosing intervals; an
 * interval's trough is its lowest exact level (so a late dose's trough is the level just before it is
 * finally taken). Recovery is the first interval from which every trough is within `tolerance` (default 5%)
 * of the unperturbed trough. For a linear model the difference of the runs is the perturbation's own curve
 * (superposition; Gibaldi & Perrier ch. 3): a missed dose D lowers the level t hours later by C_single(t).
 * @example perturbationImpact(asPlanned, missedTuesday, [0, 24, 48, ...], 24).recoveryDays // 1
 */
export function perturbationImpact(
  unperturbed: SimulationResult,
  perturbed: SimulationResult,
  plannedDoseTimesH: readonly number[],
  perturbationH: number,
  tolerance = 0.05,
): PerturbationImpact {
  const lag = unperturbed.input.pk.lagH;
  const horizonH = unperturbed.timeH[unperturbed.timeH.length - 1] ?? 0;
  const starts = [...new Set(plannedDoseTimesH.map((t) => t + lag))]
    .filter((t) => t < horizonH)
    .sort((a, b) => a - b);
  let maxDrop = 0;
  let maxFraction = 0;
  let maxAt = perturbationH;
  let recoveredAt: number | null = null;
  // The intervals that end after the perturbation, as consecutive bounds.
  const bounds = [...starts, horizonH];
  let firstUsed = 0;
  while (firstUsed < starts.length && bounds[firstUsed + 1]! <= perturbationH + lag) firstUsed++;
  const used = bounds.slice(firstUsed);
  const plannedTroughs = intervalTroughs(unperturbed, used);
  const takenTroughs = intervalTroughs(perturbed, used);
  plannedTroughs.forEach((b, i) => {
    const t0 = used[i]!;
    const drop = b - takenTroughs[i]!;
    if (drop > maxDrop) {
      maxDrop = drop;
      maxFraction = b > 0 ? drop / b : 0;
      maxAt = t0 - lag;
    }
    const within = b > 0 ? Math.abs(drop) <= tolerance * b : drop === 0;
    if (!within) recoveredAt = null;
    else recoveredAt ??= t0 - lag;
  });
  const recovered: number | null = recoveredAt;
  return {
    maxTroughDropNgPerMl: maxDrop,
    maxTroughDropFraction: maxFraction,
    maxDropAtH: maxAt,
    recoveredAtH: recovered,
    recoveryDays: recovered === null ? null : Math.max(0, recovered - perturbationH) / 24,
  };
}

/**
 * When the plasma level first reaches a threshold (h), or null if it never does within the run: the first
 * grid interval where it rises to the threshold, then bisection on the exact curve (plasmaAt) to 1e-6 h.
 * @example firstCrossingH(result, 1.0) // hours until 1 ng/mL is first reached
 */
export function firstCrossingH(result: SimulationResult, thresholdNgPerMl: number): number | null {
  const { timeH, plasmaNgPerMl: c } = result;
  if (c.length > 0 && c[0]! >= thresholdNgPerMl) return timeH[0]!;
  for (let i = 1; i < timeH.length; i++) {
    if (c[i]! < thresholdNgPerMl) continue;
    let lo = timeH[i - 1]!;
    let hi = timeH[i]!;
    for (let k = 0; k < 60 && hi - lo > 1e-6; k++) {
      const mid = (lo + hi) / 2;
      if (plasmaAt(result, [mid])[0]! >= thresholdNgPerMl) hi = mid;
      else lo = mid;
    }
    return hi;
  }
  return null;
}
