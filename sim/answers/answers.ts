import { ENGLISH, type Translator } from '../i18n/translator';
import { doseBioavailability } from '../model/bioavailability';
import type { PkParameters } from '../model/types';
import { aucBetween, plasmaAt } from '../metrics/exact';
import type { DoseEvent } from '../regimen/regimen';
import type { SimulationResult } from '../simulate';
import { eliminationRatePerH } from '../units';

/**
 * Answers in words and numbers, computed from a run: how close to steady state and when a level is first
 * reached. The schedule as taken against the plan is planComparison.ts.
 */

/**
 * Long-run average plasma level of a schedule that repeats every `periodH` hours: at steady state every
 * absorbed microgram is eliminated, so C_avg,ss = (Σ F(fat_i) · dose_i over one period) / (CL · period),
 * CL = ke · V (µg/h per µg/L, so the result is in µg/L = ng/mL). Missed doses count as not taken.
 * Reference: Gibaldi & Perrier, Pharmacokinetics, 2nd ed., ch. 3 (C_avg,ss = F · D / (CL · τ)).
 * @example steadyStateAverageNgPerMl(presetParameters('mk7'), [{ index: 0, timeH: 0, amountUg: 90, fatG: 15, missed: false }], 24).toFixed(3) // => '1.641'
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
 * @example fractionOfSteadyState(simulateRegimen(makeRegimen({ compound: 'mk7', doseUg: 90 }), 30 * 24, 1), 14, 24, steadyStateAverageNgPerMl(presetParameters('mk7'), doseEvents(makeRegimen({ compound: 'mk7', doseUg: 90 }), 24), 24)).toFixed(2) // => '0.97'
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

/**
 * "Day 14: 87% of steady state" (whole percent); with `stoppedOn` (the day of a plan's last dose, before this
 * day), of the steady state the schedule would reach if it continued.
 */
export function describeSteadyState(
  day: number,
  fraction: number,
  tr: Translator = ENGLISH,
  stoppedOn: string | null = null,
): string {
  const values = { day: tr.num(day), pct: tr.num(Math.round(fraction * 100)) };
  return stoppedOn === null
    ? tr.t('steady.day', values)
    : tr.t('steady.stopped', { ...values, lastDay: stoppedOn });
}

/** Why a run has no fraction of steady state to give (see describeNoSteadyState). */
export type NoSteadyState = 'noDose' | 'allMissed' | 'notRepeated';

/**
 * Why there is no fraction of steady state to give, in place of "Day 14: 0% of steady state": no dose in the
 * run, every one of its `doses` planned doses missed, or doses that are not repeated.
 */
export function describeNoSteadyState(why: NoSteadyState, doses: number, tr: Translator = ENGLISH): string {
  return tr.t('steady.none', { why, n: doses });
}

/**
 * When the plasma level first reaches a threshold (h), or null if it never does within the run: the first
 * grid interval where it rises to the threshold, then bisection on the exact curve (plasmaAt) to 1e-6 h.
 * @example Math.round(firstCrossingH(simulateRegimen(makeRegimen({ compound: 'mk7', doseUg: 180 }), 30 * 24, 1), 1.0) * 10) / 10 // => 26.5
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
