import type { DoseEvent, Regimen } from '../regimen/regimen';
import { TISSUE_PRESET } from '../presets/compounds';
import { carboxylatedFraction } from '../readouts';
import type { SimulationResult } from '../simulate';
import { ngPerMlToNmolPerL } from '../units';
import { aucBetween, plasmaAt, refinePeak } from './exact';
import { steadyState, type SteadyState } from './steadyState';

export interface RegimenMetrics {
  /** Highest plasma level over the horizon (ng/mL), refined between grid points. */
  cmaxNgPerMl: number;
  tmaxH: number;
  /** Lowest level in the last full dosing interval inside the horizon (ng/mL); null when there is none. */
  troughNgPerMl: number | null;
  /** AUC over the whole horizon (ng·h/mL), exact. */
  aucNgHPerMl: number;
  /** Mean level over the horizon (ng/mL). */
  averageNgPerMl: number;
  tHalfH: number;
  /** Steady state of the regular schedule continued forever; null when the regimen has no regular doses. */
  steadyState: SteadyState | null;
  tissue: {
    boneAucNgHPerMl: number;
    arteryAucNgHPerMl: number;
    /** Carboxylated osteocalcin and MGP fractions at the end of the horizon (illustrative). */
    osteocalcinCarboxylatedAtEnd: number;
    mgpCarboxylatedAtEnd: number;
  };
}

/**
 * The numbers a user reads off a regimen: peak, trough, exposure, accumulation and approach to steady state,
 * tissue exposure. Everything is computed from the exact model, not from the drawn points.
 */
export function regimenMetrics(
  regimen: Regimen,
  result: SimulationResult,
  molarMassGPerMol: number,
): RegimenMetrics {
  const { timeH, plasmaNgPerMl } = result;
  const horizonH = timeH[timeH.length - 1]!;
  let iMax = 0;
  for (let i = 1; i < plasmaNgPerMl.length; i++) if (plasmaNgPerMl[i]! > plasmaNgPerMl[iMax]!) iMax = i;
  const peak =
    plasmaNgPerMl[iMax]! > 0
      ? refinePeak(result, timeH[Math.max(0, iMax - 1)]!, timeH[Math.min(timeH.length - 1, iMax + 1)]!)
      : { timeH: 0, conc: 0 };
  const auc = aucBetween(result, 0, horizonH);
  const regular = regimen.doseCount !== 0 && regimen.doseUg > 0;
  const ss = regular
    ? steadyState(result.input.pk, result.input.tissue, {
        doseUg: regimen.doseUg,
        intervalH: regimen.intervalH,
        fatG: regimen.fatG,
      })
    : null;
  const endBone = ngPerMlToNmolPerL(result.boneNgPerMl[timeH.length - 1]!, molarMassGPerMol);
  const endArtery = ngPerMlToNmolPerL(result.arteryNgPerMl[timeH.length - 1]!, molarMassGPerMol);
  return {
    cmaxNgPerMl: Math.max(peak.conc, plasmaNgPerMl[iMax]!),
    tmaxH: peak.conc >= plasmaNgPerMl[iMax]! ? peak.timeH : timeH[iMax]!,
    troughNgPerMl: lastIntervalTrough(regimen, result),
    aucNgHPerMl: auc.plasma,
    averageNgPerMl: auc.plasma / horizonH,
    tHalfH: result.input.pk.tHalfH,
    steadyState: ss,
    tissue: {
      boneAucNgHPerMl: auc.bone,
      arteryAucNgHPerMl: auc.artery,
      osteocalcinCarboxylatedAtEnd: carboxylatedFraction(TISSUE_PRESET.bone, endBone),
      mgpCarboxylatedAtEnd: carboxylatedFraction(TISSUE_PRESET.artery, endArtery),
    },
  };
}

/**
 * Minimum over the last full dosing interval [t_k, t_k + τ] that ends inside the horizon: the smaller of the
 * exact levels at its start, at the start of absorption (after the lag) and at its end, and every grid point inside.
 */
export function lastIntervalTrough(regimen: Regimen, result: SimulationResult): number | null {
  const { timeH, plasmaNgPerMl } = result;
  const horizonH = timeH[timeH.length - 1]!;
  const window = lastFullInterval(regimen, result.doses, horizonH);
  if (!window) return null;
  const { startH: start, endH: end } = window;
  const lag = Math.min(result.input.pk.lagH, regimen.intervalH);
  let trough = Math.min(...plasmaAt(result, [start, start + lag, end]));
  for (let i = 0; i < timeH.length; i++) {
    if (timeH[i]! >= start && timeH[i]! <= end) trough = Math.min(trough, plasmaNgPerMl[i]!);
  }
  return trough;
}

/**
 * The last full dosing interval [t_k, t_k + τ] of the regular schedule that ends inside the horizon, or null.
 * @example lastFullInterval(makeRegimen({ compound: 'mk7', doseUg: 90 }), doseEvents(r, 72), 72) // { startH: 48, endH: 72 }
 */
export function lastFullInterval(
  regimen: Regimen,
  doses: readonly DoseEvent[],
  horizonH: number,
): { startH: number; endH: number } | null {
  const regular = doses.filter((d) => d.index !== null);
  const last = [...regular].reverse().find((d) => d.timeH + regimen.intervalH <= horizonH + 1e-9);
  return last ? { startH: last.timeH, endH: last.timeH + regimen.intervalH } : null;
}

/**
 * Hours the plasma level spends at or above a threshold, from the output grid with linear interpolation
 * at each crossing.
 */
export function timeAboveThresholdH(result: SimulationResult, thresholdNgPerMl: number): number {
  const { timeH, plasmaNgPerMl: c } = result;
  let total = 0;
  for (let i = 1; i < timeH.length; i++) {
    const c0 = c[i - 1]! - thresholdNgPerMl;
    const c1 = c[i]! - thresholdNgPerMl;
    const dt = timeH[i]! - timeH[i - 1]!;
    if (c0 >= 0 && c1 >= 0) total += dt;
    else if (c0 >= 0 || c1 >= 0) total += (dt * Math.max(c0, c1)) / Math.abs(c1 - c0);
  }
  return total;
}
