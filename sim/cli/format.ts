import { COMPOUND_PRESETS, TISSUE_PRESET } from '../presets/compounds';
import type { RegimenMetrics } from '../metrics/regimenMetrics';
import { seriesCarboxylation, seriesToNmolPerL } from '../readouts';
import type { SimulationResult } from '../simulate';
import type { CompoundId } from '../model/types';

/** One simulated regimen, ready to print. */
export interface Run {
  compound: CompoundId;
  label: string;
  result: SimulationResult;
  metrics: RegimenMetrics;
}

const SERIES_COLUMNS = [
  'plasma_ng_per_ml',
  'plasma_nmol_per_l',
  'bone_ng_per_ml',
  'artery_ng_per_ml',
  'osteocalcin_carboxylated_fraction',
  'mgp_carboxylated_fraction',
] as const;

function seriesOf(run: Run): Float64Array[] {
  const mw = COMPOUND_PRESETS[run.compound].molarMassGPerMol.value;
  const r = run.result;
  return [
    r.plasmaNgPerMl,
    seriesToNmolPerL(r.plasmaNgPerMl, mw),
    r.boneNgPerMl,
    r.arteryNgPerMl,
    seriesCarboxylation(r.boneNgPerMl, TISSUE_PRESET.bone, mw),
    seriesCarboxylation(r.arteryNgPerMl, TISSUE_PRESET.artery, mw),
  ];
}

/** Ten significant digits, no trailing zeros, never a decimal comma. */
export function formatNumber(x: number): string {
  return x === 0 ? '0' : String(Number(x.toPrecision(10)));
}

/**
 * CSV in chunks (large runs have millions of rows). Header first: time_h, plasma_ng_per_ml, then the first
 * run's other columns, then every further run's columns prefixed with r<k>_<compound>_.
 */
export function* csvChunks(runs: readonly Run[]): Generator<string> {
  const columns = runs.flatMap((run, k) =>
    SERIES_COLUMNS.map((c) => (k === 0 ? c : `r${k + 1}_${run.compound}_${c}`)),
  );
  yield `time_h,${columns.join(',')}\n`;
  const series = runs.flatMap(seriesOf);
  const time = runs[0]!.result.timeH;
  const rowsPerChunk = 5000;
  for (let start = 0; start < time.length; start += rowsPerChunk) {
    const lines: string[] = [];
    const end = Math.min(time.length, start + rowsPerChunk);
    for (let i = start; i < end; i++) {
      let line = formatNumber(time[i]!);
      for (const s of series) line += `,${formatNumber(s[i]!)}`;
      lines.push(line);
    }
    yield `${lines.join('\n')}\n`;
  }
}

/** The summary object of the CLI contract: snake_case keys with units. */
export function summaryOf(run: Run): Record<string, unknown> {
  const m = run.metrics;
  const ss = m.steadyState;
  return {
    compound: run.compound,
    label: run.label,
    cmax_ng_per_ml: m.cmaxNgPerMl,
    tmax_h: m.tmaxH,
    trough_ng_per_ml: m.troughNgPerMl,
    auc_ng_h_per_ml: m.aucNgHPerMl,
    average_ng_per_ml: m.averageNgPerMl,
    t_half_h: m.tHalfH,
    accumulation_ratio: ss?.accumulationRatio ?? null,
    accumulation_ratio_theoretical: ss?.accumulationRatioTheoretical ?? null,
    time_to_90pct_ss_h: ss?.timeTo90PctH ?? null,
    steady_state: ss && {
      auc_tau_ng_h_per_ml: ss.aucTauNgHPerMl,
      average_ng_per_ml: ss.averageNgPerMl,
      trough_ng_per_ml: ss.troughNgPerMl,
      peak_ng_per_ml: ss.peakNgPerMl,
    },
    tissue_illustrative: {
      bone_auc_ng_h_per_ml: m.tissue.boneAucNgHPerMl,
      artery_auc_ng_h_per_ml: m.tissue.arteryAucNgHPerMl,
      osteocalcin_carboxylated_at_end: m.tissue.osteocalcinCarboxylatedAtEnd,
      mgp_carboxylated_at_end: m.tissue.mgpCarboxylatedAtEnd,
    },
    doses_taken: run.result.intakes.length,
    bioavailability_applied: run.result.intakes.map((i) => i.f).filter((f, i, all) => all.indexOf(f) === i),
    parameters: run.result.input.pk,
  };
}

export const DISCLAIMER = 'Educational model, not dosing advice. Tissue outputs are illustrative.';

/** Whole-run JSON: the series as arrays plus each run's summary. */
export function jsonOf(runs: readonly Run[]): string {
  return JSON.stringify({
    note: DISCLAIMER,
    time_h: Array.from(runs[0]!.result.timeH),
    runs: runs.map((run) => {
      const series = seriesOf(run);
      return {
        ...Object.fromEntries(SERIES_COLUMNS.map((c, i) => [c, Array.from(series[i]!)])),
        summary: summaryOf(run),
      };
    }),
  });
}
