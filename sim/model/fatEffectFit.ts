import { fatMultiplier } from './bioavailability';
import type { FatEffect } from './types';

/** One measured exposure at a given meal fat (e.g. Uematsu 1996 AUC(0-24 h)). */
export interface FatPoint {
  fatG: number;
  aucNgHPerMl: number;
}

export interface FatEffectFit {
  effect: FatEffect;
  /** Fitted exposure at 0 g fat: predicted AUC(fat) = fastedAuc × fatMultiplier(effect, fat). */
  fastedAucNgHPerMl: number;
  /** Sum of squared log residuals at the fitted values. */
  sseLog: number;
}

/**
 * How much absorption may still rise above a normal meal's fat: F(toG) / F(fromG) <= maxGain. Mixed micelles
 * saturate, so meal fat beyond their capacity adds little (Roodenburg 2000: 3 g and 36 g of fat gave the same
 * vitamin E and carotene rise).
 */
export interface FatLevelOff {
  fromG: number;
  toG: number;
  maxGain: number;
}

/**
 * What the fit holds fixed: the Hill coefficient, the range searched for fat50, and either a fixed fasted
 * fraction b or a level-off rule that sets b for each fat50 (so the rise above `fromG` is exactly `maxGain`).
 * Two meals can be matched by two fat50 values (a low one where both meals are near the plateau); the range
 * keeps fat50 at or above the lowest meal studied, where the data show the rise still going on.
 */
export type FatFitSettings = { hill: number; fat50RangeG: [number, number] } & (
  { fastedFraction: number; levelOff?: undefined } | { levelOff: FatLevelOff; fastedFraction?: undefined }
);

/**
 * The fasted fraction b at which the Hill curve rises by exactly `maxGain` from `fromG` to `toG`:
 * with h = Hill occupancy, (b + (1 - b) h_to) / (b + (1 - b) h_from) = g gives b = k / (k + g - 1),
 * k = h_to - g h_from. NaN when no b in (0, 1) can do it (k <= 0: the curve is already flatter than asked).
 * @example fastedFractionForLevelOff(5, 26.9, { fromG: 36, toG: 100, maxGain: 1.15 }).toFixed(2) // => '0.31'
 */
export function fastedFractionForLevelOff(hill: number, fat50G: number, levelOff: FatLevelOff): number {
  const occupancy = (fatG: number) => {
    const ratio = Math.pow(fatG / fat50G, hill);
    return ratio / (1 + ratio);
  };
  const k = occupancy(levelOff.toG) - levelOff.maxGain * occupancy(levelOff.fromG);
  return k > 0 ? k / (k + levelOff.maxGain - 1) : Number.NaN;
}

/**
 * Least-squares fit (on log AUC) of the one free shape parameter fat50 and a scale, with the Hill coefficient
 * fixed and the fasted fraction b either fixed or set by the level-off rule: log AUC = log S + log fatMultiplier(fat; b, fat50, n). For a given fat50 the
 * best log S is the mean log residual, so only fat50 is searched (log grid over the allowed range, then golden section).
 * With two points the fit passes through both (two parameters), which is what leave-one-out needs.
 * @example fitFatEffect([{ fatG: 10, aucNgHPerMl: 100 }, { fatG: 30, aucNgHPerMl: 300 }], { hill: 2, fat50RangeG: [5, 200], fastedFraction: 0.2 }).effect.fastedFraction // => 0.2
 */
export function fitFatEffect(points: readonly FatPoint[], fixed: FatFitSettings): FatEffectFit {
  const evaluate = (fat50G: number): FatEffectFit => {
    const fastedFraction = fixed.levelOff
      ? fastedFractionForLevelOff(fixed.hill, fat50G, fixed.levelOff)
      : fixed.fastedFraction;
    const effect: FatEffect = { hill: fixed.hill, fastedFraction, fat50G };
    // A fat50 for which the level-off rule has no b is not a candidate.
    if (!(fastedFraction > 0 && fastedFraction < 1))
      return { effect, fastedAucNgHPerMl: Number.NaN, sseLog: Infinity };
    const logM = points.map((p) => Math.log(fatMultiplier(effect, p.fatG)));
    const logS = points.reduce((s, p, i) => s + Math.log(p.aucNgHPerMl) - logM[i]!, 0) / points.length;
    const sseLog = points.reduce((s, p, i) => s + (Math.log(p.aucNgHPerMl) - logS - logM[i]!) ** 2, 0);
    return { effect, fastedAucNgHPerMl: Math.exp(logS), sseLog };
  };
  const [logMin, logMax] = fixed.fat50RangeG.map(Math.log) as [number, number];
  const cells = 3000;
  const cell = (logMax - logMin) / cells;
  let bestLog = logMin;
  let best = evaluate(Math.exp(logMin));
  for (let k = 1; k <= cells; k++) {
    const logFat50 = logMin + k * cell;
    const fit = evaluate(Math.exp(logFat50));
    if (fit.sseLog < best.sseLog) [best, bestLog] = [fit, logFat50];
  }
  const golden = (Math.sqrt(5) - 1) / 2;
  let lo = Math.max(logMin, bestLog - cell);
  let hi = Math.min(logMax, bestLog + cell);
  for (let i = 0; i < 100 && hi - lo > 1e-12; i++) {
    const m1 = hi - golden * (hi - lo);
    const m2 = lo + golden * (hi - lo);
    if (evaluate(Math.exp(m1)).sseLog < evaluate(Math.exp(m2)).sseLog) hi = m2;
    else lo = m1;
  }
  const refined = evaluate(Math.exp((lo + hi) / 2));
  return refined.sseLog <= best.sseLog ? refined : best;
}

/** One leave-one-out prediction: fit on every other point, predict the one left out. */
export interface LeaveOneOut {
  leftOut: FatPoint;
  predictedAucNgHPerMl: number;
  /** (predicted - observed) / observed. */
  relativeError: number;
  fat50G: number;
  fastedFraction: number;
}

/**
 * Leave-one-meal-out cross-validation (Stone 1974, J R Stat Soc B 36:111): each point is predicted from a fit to
 * the others, an honest estimate of how well the curve predicts a meal it has not seen.
 */
export function leaveOneOut(points: readonly FatPoint[], fixed: FatFitSettings): LeaveOneOut[] {
  return points.map((leftOut, i) => {
    const fit = fitFatEffect(
      points.filter((_, j) => j !== i),
      fixed,
    );
    const predicted = fit.fastedAucNgHPerMl * fatMultiplier(fit.effect, leftOut.fatG);
    return {
      leftOut,
      predictedAucNgHPerMl: predicted,
      relativeError: (predicted - leftOut.aucNgHPerMl) / leftOut.aucNgHPerMl,
      fat50G: fit.effect.fat50G,
      fastedFraction: fit.effect.fastedFraction,
    };
  });
}
