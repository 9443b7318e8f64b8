import type { Regimen } from '../regimen/regimen';
import { TISSUE_PRESET } from '../presets/compounds';
import { carboxylatedFraction } from '../readouts';
import type { SimulationResult } from '../simulate';
import { ngPerMlToNmolPerL } from '../units';
import { aucBetween, plasmaAt, refinePeak } from './exact';
import { steadyState, type SteadyState } from './steadyState';
import { PlasmaScan } from '../stream/plasmaScan';

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

/** The exact model of a run, without its output arrays (what `GridStepper.model` holds). */
export type RunModel = Pick<SimulationResult, 'chain' | 'gutInputs' | 'input' | 'doses' | 'intakes'>;

/**
 * The numbers a user reads off a regimen: peak, trough, exposure, accumulation and approach to steady state,
 * tissue exposure. Everything is computed from the exact model, not from the drawn points.
 */
export function regimenMetrics(
  regimen: Regimen,
  result: SimulationResult,
  molarMassGPerMol: number,
): RegimenMetrics {
  const { timeH } = result;
  const scan = new PlasmaScan(troughWindow(regimen, result, timeH[timeH.length - 1]!));
  scan.push(timeH, result.plasmaNgPerMl, result.boneNgPerMl, result.arteryNgPerMl, timeH.length);
  return metricsFromScan(regimen, result, scan, molarMassGPerMol);
}

/**
 * `regimenMetrics` from a finished one-pass scan of the output grid (whole arrays or streamed blocks, see
 * stream/plasmaScan.ts) and the exact model: the grid only brackets the peak and bounds the trough; the
 * peak, AUC and interval ends are exact.
 */
export function metricsFromScan(
  regimen: Regimen,
  model: RunModel,
  scan: PlasmaScan,
  molarMassGPerMol: number,
): RegimenMetrics {
  const horizonH = scan.lastTimeH;
  const gridMax = scan.maxNgPerMl;
  const peak =
    gridMax > 0 ? refinePeak(model, scan.beforeMaxTimeH, scan.afterMaxTimeH) : { timeH: 0, conc: 0 };
  const auc = aucBetween(model, 0, horizonH);
  const regular = regimen.doseCount !== 0 && regimen.doseUg > 0;
  const ss = regular
    ? steadyState(model.input.pk, model.input.tissue, {
        doseUg: regimen.doseUg,
        intervalH: regimen.intervalH,
        fatG: regimen.fatG,
      })
    : null;
  const endBone = ngPerMlToNmolPerL(scan.lastBoneNgPerMl, molarMassGPerMol);
  const endArtery = ngPerMlToNmolPerL(scan.lastArteryNgPerMl, molarMassGPerMol);
  const window = troughWindow(regimen, model, horizonH);
  return {
    cmaxNgPerMl: Math.max(peak.conc, gridMax),
    tmaxH: peak.conc >= gridMax ? peak.timeH : scan.maxTimeH,
    troughNgPerMl: window && Math.min(scan.windowMinNgPerMl, ...plasmaAt(model, window.exactTimesH)),
    aucNgHPerMl: auc.plasma,
    averageNgPerMl: auc.plasma / horizonH,
    tHalfH: model.input.pk.tHalfH,
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
 * The last full dosing interval [t_k, t_k + τ] that ends inside the horizon, and the times where the exact
 * level is checked for the trough (its start, the start of absorption after the lag, its end); null when
 * there is none.
 */
export function troughWindow(
  regimen: Regimen,
  model: Pick<RunModel, 'doses' | 'input'>,
  horizonH: number,
): { startH: number; endH: number; exactTimesH: number[] } | null {
  let last: number | null = null;
  for (const d of model.doses) {
    if (d.index !== null && d.timeH + regimen.intervalH <= horizonH + 1e-9) last = d.timeH;
  }
  if (last === null) return null;
  const endH = last + regimen.intervalH;
  const lag = Math.min(model.input.pk.lagH, regimen.intervalH);
  return { startH: last, endH, exactTimesH: [last, last + lag, endH] };
}

/**
 * Minimum over the last full dosing interval [t_k, t_k + τ] that ends inside the horizon: the smaller of the
 * exact levels at its start, at the start of absorption (after the lag) and at its end, and every grid point inside.
 */
export function lastIntervalTrough(regimen: Regimen, result: SimulationResult): number | null {
  const { timeH } = result;
  const window = troughWindow(regimen, result, timeH[timeH.length - 1]!);
  if (!window) return null;
  const scan = new PlasmaScan(window);
  scan.push(timeH, result.plasmaNgPerMl, result.boneNgPerMl, result.arteryNgPerMl, timeH.length);
  return Math.min(scan.windowMinNgPerMl, ...plasmaAt(result, window.exactTimesH));
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
