import { minMaxDownsample, type CompoundId } from '../../../sim';
import { unitFactor, type ConcentrationUnits } from '../../../sim';
import { COMPOUND_COLORS } from '../theme/palette';
import type { SceneSimulation } from './sceneSimulation';
import type { SceneChart } from './story';
import { PROJECTOR } from './theme';

/** A line of the presentation chart: time in days, values in the display units. */
export interface SceneSeries {
  key: string;
  compound: CompoundId;
  label: string;
  color: string;
  /** SVG dash pattern; '' for solid. */
  dash: string;
  timeDays: number[];
  values: number[];
}

/** About one point per pixel on a 1920-wide projector image. */
export const PRESENTATION_BUCKETS = 900;

function downsampled(
  timeH: Float64Array,
  valuesNgPerMl: Float64Array,
  factor: number,
): { timeDays: number[]; values: number[] } {
  const idx = minMaxDownsample(valuesNgPerMl, PRESENTATION_BUCKETS);
  return { timeDays: idx.map((i) => timeH[i]! / 24), values: idx.map((i) => valuesNgPerMl[i]! * factor) };
}

/** Lines for a scene: plasma per visible regimen (and its fasted twin), or bone and arterial wall per compound. */
export function sceneSeries(sim: SceneSimulation, chart: SceneChart): SceneSeries[] {
  const units: ConcentrationUnits = sim.scenario.display.units;
  const visible = new Set(sim.scenario.display.visible);
  const out: SceneSeries[] = [];
  sim.regimens.forEach((r, i) => {
    if (!visible.has(r.compound)) return;
    const factor = unitFactor(r.compound, units);
    const color = COMPOUND_COLORS[r.compound];
    const { timeH } = r.result;
    if (chart === 'tissue') {
      out.push({
        key: `${i}-bone`,
        compound: r.compound,
        label: `${r.label} bone`,
        color,
        dash: '',
        ...downsampled(timeH, r.result.boneNgPerMl, factor),
      });
      out.push({
        key: `${i}-artery`,
        compound: r.compound,
        label: `${r.label} arterial wall`,
        color,
        dash: PROJECTOR.arteryDash,
        ...downsampled(timeH, r.result.arteryNgPerMl, factor),
      });
      return;
    }
    const withFat = r.fasted !== null;
    out.push({
      key: `${i}`,
      compound: r.compound,
      label: withFat ? `${r.label} (${r.regimen.fatG} g fat)` : r.label,
      color,
      dash: '',
      ...downsampled(timeH, r.result.plasmaNgPerMl, factor),
    });
    if (r.fasted) {
      out.push({
        key: `${i}-nofat`,
        compound: r.compound,
        label: `${r.label} (no fat)`,
        color,
        dash: PROJECTOR.noFatDash,
        ...downsampled(timeH, r.fasted.result.plasmaNgPerMl, factor),
      });
    }
  });
  return out;
}

/**
 * The part of a line up to `tDays` (the playback time), ending exactly there by linear interpolation,
 * so the pen moves smoothly between output points.
 */
export function clipSeries(series: SceneSeries, tDays: number): SceneSeries {
  const { timeDays, values } = series;
  if (timeDays.length === 0 || tDays >= timeDays[timeDays.length - 1]!) return series;
  const t: number[] = [];
  const v: number[] = [];
  for (let i = 0; i < timeDays.length && timeDays[i]! <= tDays; i++) {
    t.push(timeDays[i]!);
    v.push(values[i]!);
  }
  const next = t.length;
  if (next > 0 && next < timeDays.length && t[next - 1]! < tDays) {
    const t0 = timeDays[next - 1]!;
    const t1 = timeDays[next]!;
    const w = (tDays - t0) / (t1 - t0);
    t.push(tDays);
    v.push(values[next - 1]! + w * (values[next]! - values[next - 1]!));
  }
  return { ...series, timeDays: t, values: v };
}
