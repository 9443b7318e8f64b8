import {
  COMPOUND_PRESETS,
  doseEvents,
  minMaxDownsample,
  molarMass,
  simulateRegimen,
  toRegimen,
  type CompoundId,
  type DoseEvent,
  type Regimen,
  type Scenario,
  type SimulationResult,
} from '../../../sim';
import { COMPOUND_COLORS } from '../theme/palette';

export type ConcentrationUnits = Scenario['display']['units'];

/** One simulated line: a compound, with the scenario's meal fat or (compare mode) with none. */
export interface SimulatedCurve {
  key: string;
  compound: CompoundId;
  /** "MK-7", or "MK-7 (no fat)" for the fasted comparison. */
  label: string;
  color: string;
  /** True for the fasted comparison curve. */
  dashed: boolean;
  regimen: Regimen;
  result: SimulationResult;
}

/** A line as drawn: downsampled, in the display units. */
export interface Curve {
  key: string;
  compound: CompoundId;
  label: string;
  color: string;
  dashed: boolean;
  points: { t: number; v: number }[];
}

/** Buckets for min-max downsampling: up to 2 points each, about one point per 1-2 px of a projected chart. */
export const DRAW_BUCKETS = 400;

/**
 * Simulates every visible compound at full resolution; with compareFat, each also with 0 g fat.
 * Regimens come from the scenario (one per compound); compounds without a regimen are skipped.
 */
export function simulateVisible(scenario: Scenario): SimulatedCurve[] {
  const horizonH = scenario.horizonDays * 24;
  const stepH = scenario.stepMin / 60;
  const curves: SimulatedCurve[] = [];
  for (const compound of scenario.display.visible) {
    const source = scenario.regimens.find((r) => r.compound === compound);
    if (!source) continue;
    const regimen = toRegimen(source);
    const label = COMPOUND_PRESETS[compound].label;
    const color = COMPOUND_COLORS[compound];
    curves.push({
      key: compound,
      compound,
      label,
      color,
      dashed: false,
      regimen,
      result: simulateRegimen(regimen, horizonH, stepH),
    });
    if (scenario.display.compareFat) {
      const fasted = { ...regimen, fatG: 0 };
      curves.push({
        key: `${compound}-nofat`,
        compound,
        label: `${label} (no fat)`,
        color,
        dashed: true,
        regimen: fasted,
        result: simulateRegimen(fasted, horizonH, stepH),
      });
    }
  }
  return curves;
}

/** Factor from ng/mL to the display units for a compound. */
export function unitFactor(compound: CompoundId, units: ConcentrationUnits): number {
  return units === 'ng/mL' ? 1 : 1000 / molarMass(compound);
}

/** Downsampled points (time in days) in the display units; peaks and troughs are kept exactly. */
export function toDrawn(curve: SimulatedCurve, units: ConcentrationUnits, buckets = DRAW_BUCKETS): Curve {
  const { timeH, plasmaNgPerMl } = curve.result;
  const factor = unitFactor(curve.compound, units);
  const points = minMaxDownsample(plasmaNgPerMl, buckets).map((i) => ({
    t: timeH[i]! / 24,
    v: plasmaNgPerMl[i]! * factor,
  }));
  return { ...curveIdentity(curve), points };
}

/** What names and styles a simulated curve wherever it is shown: chart line, metrics row, legend. */
export function curveIdentity(
  curve: SimulatedCurve,
): Pick<SimulatedCurve, 'key' | 'compound' | 'label' | 'color' | 'dashed'> {
  return {
    key: curve.key,
    compound: curve.compound,
    label: curve.label,
    color: curve.color,
    dashed: curve.dashed,
  };
}

/** The regular doses shown as markers: the schedule is shared by every regimen, so taken from the first. */
export function scheduleDoses(scenario: Scenario): DoseEvent[] {
  const first = scenario.regimens[0];
  if (!first) return [];
  return doseEvents(toRegimen(first), scenario.horizonDays * 24).filter((d) => d.index !== null);
}

/** Highest drawn value over all curves (display units); 0 when nothing is drawn. */
export function maxValue(curves: readonly Curve[]): number {
  let max = 0;
  for (const c of curves) for (const p of c.points) if (p.v > max) max = p.v;
  return max;
}

/** The log axis cannot show zero: values below this fraction of the axis top are drawn at it. */
export const LOG_FLOOR_FRACTION = 1e-3;

/** The same curves with every value clipped up to `floor`, for a log axis. */
export function clipToFloor(curves: readonly Curve[], floor: number): Curve[] {
  return curves.map((c) => ({
    ...c,
    points: c.points.map((p) => (p.v >= floor ? p : { t: p.t, v: floor })),
  }));
}
