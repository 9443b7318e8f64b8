import { plasmaAt, simulateRegimen, timeAboveThresholdH, toRegimen } from '../../../sim';
import { unitFactor } from '../../../sim';
import { disposition, terminalHalfLifeH } from '../../../sim/model/disposition';
import { currentTranslator } from '../i18n/locale';
import { formatConc, formatHours, formatHoursOneDecimal } from './format';
import type { SceneSimulation, SimulatedRegimen } from './sceneSimulation';

/**
 * Chart annotations in data coordinates (time in days, values in the display units). The chart maps them to
 * pixels; everything here is computed from the simulation, never drawn by eye.
 */

/**
 * The regimen annotations describe: the visible one with the longest terminal half-life (the one that
 * accumulates). Terminal, not the preset's central elimination t½: for K1 that is 3.56 h, while its curve falls
 * with 1.0 h and then 27.6 h.
 */
export function featuredRegimen(sim: SceneSimulation): SimulatedRegimen | undefined {
  const visible = new Set(sim.scenario.display.visible);
  return sim.regimens
    .filter((r) => visible.has(r.compound) && r.result.intakes.length > 0)
    .reduce<SimulatedRegimen | undefined>(
      (best, r) =>
        !best || terminalHalfLifeH(r.result.input.pk) > terminalHalfLifeH(best.result.input.pk) ? r : best,
      undefined,
    );
}

export interface HalfLifeMarker {
  label: string;
  /** Peak of the first dose alone ... */
  from: { tDays: number; value: number };
  /** ... and one half-life later on the same single-dose curve: half the level, once absorption is over. */
  to: { tDays: number; value: number };
  /** The first dose alone, drawn faintly when the scene has more doses (what "half gone" refers to). */
  ghost: { timeDays: number[]; values: number[] } | null;
}

/**
 * Half-life marker: from the peak of the first dose alone to one half-life later. Null when that point lies
 * beyond the horizon (the bracket would be cut off).
 */
export function halfLifeMarker(sim: SceneSimulation): HalfLifeMarker | null {
  const r = featuredRegimen(sim);
  if (!r) return null;
  const factor = unitFactor(r.compound, sim.scenario.display.units);
  const firstOnly = { ...toRegimen(r.regimen), doseCount: 1, missedDoses: [], extraDoses: [] };
  const first = r.result.intakes[0]!;
  const firstRegimen = {
    ...firstOnly,
    firstDoseH: first.dose.timeH,
    doseUg: first.dose.amountUg,
    fatG: first.dose.fatG,
  };
  const single = simulateRegimen(firstRegimen, sim.horizonH, sim.scenario.stepMin / 60);
  let iPeak = 0;
  for (let i = 1; i < single.plasmaNgPerMl.length; i++)
    if (single.plasmaNgPerMl[i]! > single.plasmaNgPerMl[iPeak]!) iPeak = i;
  const peakH = single.timeH[iPeak]!;
  const d = disposition(r.result.input.pk);
  // One compartment: one half-life after the peak the level has halved (once absorption is over). With a
  // peripheral compartment no single half-life does that: the marker spans the time the curve takes to halve
  // and the label gives both hybrid half-lives.
  const twoPhase = d.slowFraction > 0;
  const spanH = twoPhase ? timeToHalfAfterPeakH(single.timeH, single.plasmaNgPerMl, iPeak) : r.metrics.tHalfH;
  if (spanH === null) return null;
  const endH = peakH + spanH;
  if (endH > sim.horizonH) return null;
  const [cPeak, cEnd] = plasmaAt(single, [peakH, endH]) as [number, number];
  const multiple = r.result.intakes.length > 1;
  const ghost = multiple
    ? {
        timeDays: Array.from(single.timeH, (t) => t / 24),
        values: Array.from(single.plasmaNgPerMl, (c) => c * factor),
      }
    : null;
  return {
    label: twoPhase
      ? currentTranslator().t('pres.ann.halfLives', {
          label: r.label,
          alpha: formatHoursOneDecimal(Math.LN2 / d.alphaPerH),
          beta: formatHoursOneDecimal(Math.LN2 / d.betaPerH),
          span: formatHours(spanH),
        })
      : currentTranslator().t('pres.ann.halfLife', { label: r.label, time: formatHours(r.metrics.tHalfH) }),
    from: { tDays: peakH / 24, value: cPeak * factor },
    to: { tDays: endH / 24, value: cEnd * factor },
    ghost,
  };
}

/** Time after the peak (grid index `iPeak`) until the curve first falls to half the peak, interpolated (h). */
export function timeToHalfAfterPeakH(
  timeH: ArrayLike<number>,
  values: ArrayLike<number>,
  iPeak: number,
): number | null {
  const half = values[iPeak]! / 2;
  for (let i = iPeak + 1; i < values.length; i++) {
    if (values[i]! <= half) {
      const a = values[i - 1]!;
      const b = values[i]!;
      const t = timeH[i - 1]! + ((timeH[i]! - timeH[i - 1]!) * (a - half)) / (a - b);
      return t - timeH[iPeak]!;
    }
  }
  return null;
}

export interface SteadyStateBand {
  label: string;
  low: number;
  high: number;
}

/** sim steadyState trough..peak of the featured regimen; null without a regular schedule. */
export function steadyStateBand(sim: SceneSimulation): SteadyStateBand | null {
  const r = featuredRegimen(sim);
  const ss = r?.metrics.steadyState;
  if (!r || !ss || r.result.doses.length < 2) return null;
  const factor = unitFactor(r.compound, sim.scenario.display.units);
  const units = sim.scenario.display.units;
  return {
    label: currentTranslator().t('pres.ann.plateau', {
      label: r.label,
      low: formatConc(ss.troughNgPerMl * factor),
      high: formatConc(ss.peakNgPerMl * factor),
      units,
    }),
    low: ss.troughNgPerMl * factor,
    high: ss.peakNgPerMl * factor,
  };
}

export interface ThresholdAnnotation {
  label: string;
  /** Threshold in the display units. */
  value: number;
  /** Stretches of time (days) the featured curve spends at or above the threshold. */
  spans: { fromDays: number; toDays: number }[];
  hoursAbove: number;
}

/** A horizontal threshold line and the time the featured curve spends above it (sim timeAboveThresholdH). */
export function thresholdAnnotation(
  sim: SceneSimulation,
  thresholdNgPerMl: number,
): ThresholdAnnotation | null {
  const r = featuredRegimen(sim);
  if (!r) return null;
  const factor = unitFactor(r.compound, sim.scenario.display.units);
  const hoursAbove = timeAboveThresholdH(r.result, thresholdNgPerMl);
  return {
    label: currentTranslator().t('pres.ann.threshold', {
      label: r.label,
      level: formatConc(thresholdNgPerMl * factor),
      units: sim.scenario.display.units,
      above: formatHours(hoursAbove),
      total: formatHours(sim.horizonH),
    }),
    value: thresholdNgPerMl * factor,
    spans: spansAbove(r.result.timeH, r.result.plasmaNgPerMl, thresholdNgPerMl),
    hoursAbove,
  };
}

/** Intervals (days) where a series is at or above a level, with linear interpolation at each crossing. */
export function spansAbove(
  timeH: ArrayLike<number>,
  values: ArrayLike<number>,
  level: number,
): { fromDays: number; toDays: number }[] {
  const spans: { fromDays: number; toDays: number }[] = [];
  let start: number | null = values.length > 0 && values[0]! >= level ? timeH[0]! : null;
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1]! - level;
    const b = values[i]! - level;
    const cross = timeH[i - 1]! + ((timeH[i]! - timeH[i - 1]!) * a) / (a - b);
    if (a < 0 && b >= 0) start = b === 0 ? timeH[i]! : cross;
    else if (a >= 0 && b < 0 && start !== null) {
      spans.push({ fromDays: start / 24, toDays: cross / 24 });
      start = null;
    }
  }
  if (start !== null && values.length > 0)
    spans.push({ fromDays: start / 24, toDays: timeH[values.length - 1]! / 24 });
  return spans;
}
