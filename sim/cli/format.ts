/**
 * The command line's three output formats, produced as a stream of text chunks from the exact simulation in
 * bounded memory: nothing here holds a whole series. CSV and JSON walk the grid block by block (GridStepper);
 * the summary is one streaming pass per regimen (streamedRegimenMetrics).
 */
import { COMPOUND_PRESETS, presetParameters, TISSUE_PRESET } from '../presets/compounds';
import type { RegimenMetrics, RunModel } from '../metrics/regimenMetrics';
import type { CompoundId } from '../model/types';
import { seriesCarboxylation, seriesToNmolPerL } from '../readouts';
import { doseEvents, type Regimen } from '../regimen/regimen';
import { ByteWriter } from '../text/csvBytes';
import { GridStepper, type SimulationInput } from '../stream/gridStepper';
import { inLockstep } from '../stream/lockstep';
import { blocksOf, type GridBlock } from '../stream/simulateChunks';
import { streamedRegimenMetrics } from '../stream/streamedMetrics';

/** One regimen to print: what to simulate, not the result (results are streamed). */
export interface RunPlan {
  compound: CompoundId;
  label: string;
  regimen: Regimen;
  input: SimulationInput;
}

/** What to simulate for one regimen over a horizon, with its compound's preset and the regimen's overrides. */
export function planFor(regimen: Regimen, label: string, horizonH: number, stepH: number): RunPlan {
  return {
    compound: regimen.compound,
    label,
    regimen,
    input: {
      pk: presetParameters(regimen.compound, regimen.overrides),
      tissue: TISSUE_PRESET,
      doses: doseEvents(regimen, horizonH),
      horizonH,
      stepH,
    },
  };
}

/** One simulated regimen's summary inputs: the exact model and its metrics. */
export interface Run {
  compound: CompoundId;
  label: string;
  /** The regular schedule the steady state is of. */
  regimen: Regimen;
  model: RunModel;
  metrics: RegimenMetrics;
}

/** The columns every run writes, in order (the CSV and JSON formats; tests/support/textCsvWriter.ts reads them too). */
export const SERIES_COLUMNS = [
  'plasma_ng_per_ml',
  'plasma_nmol_per_l',
  'bone_ng_per_ml',
  'artery_ng_per_ml',
  'osteocalcin_carboxylated_fraction',
  'mgp_carboxylated_fraction',
] as const;
type SeriesColumn = (typeof SERIES_COLUMNS)[number];

/** Rows per block: 5,000 CSV rows are about 0.5 MB of text. */
const BLOCK_POINTS = 5000;

/** One output column of a block (carboxylation and nmol/L computed from the block's own values). */
export function columnOf(block: GridBlock, column: SeriesColumn, compound: CompoundId): Float64Array {
  const mw = COMPOUND_PRESETS[compound].molarMassGPerMol.value;
  switch (column) {
    case 'plasma_ng_per_ml':
      return block.plasmaNgPerMl;
    case 'plasma_nmol_per_l':
      return seriesToNmolPerL(block.plasmaNgPerMl, mw);
    case 'bone_ng_per_ml':
      return block.boneNgPerMl;
    case 'artery_ng_per_ml':
      return block.arteryNgPerMl;
    case 'osteocalcin_carboxylated_fraction':
      return seriesCarboxylation(block.boneNgPerMl, TISSUE_PRESET.bone, mw);
    case 'mgp_carboxylated_fraction':
      return seriesCarboxylation(block.arteryNgPerMl, TISSUE_PRESET.artery, mw);
  }
}

/**
 * Significant digits of every number the command line prints: formatSignificant(x, CLI_DIGITS), ten digits,
 * no trailing zeros, never a decimal comma (data text; the display formatter is sim/i18n/format.ts).
 */
export const CLI_DIGITS = 10;

/** The blocks of every plan in lockstep (they share one grid: same horizon and step); each valid until the next. */
export function lockstepBlocks(plans: readonly RunPlan[]): Generator<GridBlock[], void, undefined> {
  return inLockstep(
    plans.map((p) => p.input),
    BLOCK_POINTS,
  );
}

/**
 * CSV in chunks of UTF-8 bytes (large runs have millions of rows). Header first: time_h, plasma_ng_per_ml, then
 * the first run's other columns, then every further run's columns prefixed with r<k>_<compound>_. Numbers go
 * straight into the bytes (sim/text/csvBytes.ts): the same text as formatSignificant(x, CLI_DIGITS), without a string per number.
 */
export function* csvChunks(
  plans: readonly RunPlan[],
  extra: readonly ExtraColumn[] = [],
): Generator<Uint8Array<ArrayBuffer>> {
  const columns = plans.flatMap((plan, k) =>
    SERIES_COLUMNS.map((c) => (k === 0 ? c : `r${k + 1}_${plan.compound}_${c}`)),
  );
  const out = new ByteWriter(1 << 20);
  out.text(`time_h,${[...columns, ...extra.map((e) => e.name)].join(',')}\n`);
  yield out.take();
  // Extra columns (population percentiles) are whole arrays on the same grid: read them at the block's offset.
  let row = 0;
  for (const blocks of lockstepBlocks(plans)) {
    const series = blocks.flatMap((b, k) => SERIES_COLUMNS.map((c) => columnOf(b, c, plans[k]!.compound)));
    const time = blocks[0]!.timeH;
    for (let i = 0; i < time.length; i++) {
      out.significant(time[i]!, CLI_DIGITS);
      for (const s of series) {
        out.byte(COMMA);
        out.significant(s[i]!, CLI_DIGITS);
      }
      for (const e of extra) {
        out.byte(COMMA);
        out.significant(e.values[row + i]!, CLI_DIGITS);
      }
      out.byte(LF);
    }
    row += time.length;
    yield out.take();
  }
}

const COMMA = 0x2c;
const LF = 0x0a;

/** A column appended after the streamed ones (--subjects > 1: percentiles), one value per grid point. */
export interface ExtraColumn {
  name: string;
  values: Float64Array;
}

/** Runs a plan's summary: one streaming pass over its grid. */
export function summarise(plan: RunPlan): Run {
  const mw = COMPOUND_PRESETS[plan.compound].molarMassGPerMol.value;
  return {
    compound: plan.compound,
    label: plan.label,
    regimen: plan.regimen,
    model: new GridStepper(plan.input).model,
    metrics: streamedRegimenMetrics(plan.regimen, plan.input, mw),
  };
}

/**
 * What the steady-state numbers assume, as the app says under its table ("assume the schedule continues
 * unchanged"): the regular schedule they are of, continued without end. Null without them (no regular dose
 * taken, or one dose: nothing repeats).
 */
export function steadyStateAssumption(
  regimen: Regimen,
  horizonH: number,
  hasSteadyState: boolean,
): string | null {
  if (!hasSteadyState) return null;
  const schedule = `${regimen.doseUg} µg every ${regimen.intervalH} h with ${regimen.fatG} g fat`;
  const stopsH =
    regimen.doseCount === null ? Infinity : regimen.firstDoseH + regimen.doseCount * regimen.intervalH;
  return stopsH < horizonH - 1e-9
    ? `the schedule continued unchanged (${schedule}): this run stops it after ${regimen.doseCount} doses, so these are the values it would reach if it continued`
    : `the schedule continues unchanged: ${schedule}`;
}

/** The summary object of the CLI contract: snake_case keys with units. */
export function summaryOf(run: Run): Record<string, unknown> {
  const m = run.metrics;
  const ss = m.steadyState;
  // Every caveat the app shows next to a number, once each (the model's full sentences).
  const notes = [
    ...new Set(
      Object.values(m.qualified).flatMap((q: { notes: readonly { text: string }[] }) =>
        q.notes.map((n) => n.text),
      ),
    ),
  ];
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
    steady_state_assumes: steadyStateAssumption(run.regimen, run.model.input.horizonH, ss !== null),
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
    notes,
    doses_taken: run.model.intakes.length,
    bioavailability_applied: run.model.intakes.map((i) => i.f).filter((f, i, all) => all.indexOf(f) === i),
    parameters: run.model.input.pk,
  };
}

export const DISCLAIMER = 'Educational model, not dosing advice. Tissue outputs are illustrative.';

/** The summary format: the first regimen's summary, further regimens under other_regimens, and the note. */
export function* summaryChunks(
  plans: readonly RunPlan[],
  population: readonly (Record<string, unknown> | null)[] = [],
): Generator<string> {
  const [first, ...rest] = plans.map((p, k) => withPopulation(summaryOf(summarise(p)), population[k]));
  const body = { ...first, ...(rest.length > 0 ? { other_regimens: rest } : {}), note: DISCLAIMER };
  yield `${JSON.stringify(body, null, 2)}\n`;
}

/** Numbers of one series as the comma-separated inside of a JSON array, as JSON.stringify writes them. */
function* jsonArrayBody(blocks: Iterable<Float64Array>): Generator<string> {
  let first = true;
  for (const values of blocks) {
    const parts = new Array<string>(values.length);
    for (let i = 0; i < values.length; i++) {
      const x = values[i]!;
      parts[i] = Number.isFinite(x) ? String(x) : 'null';
    }
    if (parts.length === 0) continue;
    yield `${first ? '' : ','}${parts.join(',')}`;
    first = false;
  }
}

/**
 * Whole-run JSON, written incrementally: `{"note", "time_h": [...], "runs": [{<series>: [...], "summary"}]}`,
 * byte for byte what JSON.stringify gives for the same object. Each array is one more streaming pass of the
 * exact simulation (cheap next to formatting), so memory stays at one block whatever the length.
 */
/** A run's summary with its `population` object (--subjects > 1), or unchanged. */
function withPopulation(
  summary: Record<string, unknown>,
  population: Record<string, unknown> | null | undefined,
): Record<string, unknown> {
  return population ? { ...summary, population } : summary;
}

export function* jsonChunks(
  plans: readonly RunPlan[],
  population: readonly (Record<string, unknown> | null)[] = [],
): Generator<string> {
  const blocks = (plan: RunPlan, pick: (b: GridBlock) => Float64Array): Iterable<Float64Array> => ({
    *[Symbol.iterator]() {
      for (const b of blocksOf(new GridStepper(plan.input), BLOCK_POINTS, true)) yield pick(b);
    },
  });
  yield `{"note":${JSON.stringify(DISCLAIMER)},"time_h":[`;
  yield* jsonArrayBody(blocks(plans[0]!, (b) => b.timeH));
  yield '],"runs":[';
  for (const [k, plan] of plans.entries()) {
    yield k === 0 ? '{' : ',{';
    for (const [c, column] of SERIES_COLUMNS.entries()) {
      yield `${c === 0 ? '' : ','}${JSON.stringify(column)}:[`;
      yield* jsonArrayBody(blocks(plan, (b) => columnOf(b, column, plan.compound)));
      yield ']';
    }
    yield `,"summary":${JSON.stringify(withPopulation(summaryOf(summarise(plan)), population[k]))}}`;
  }
  yield ']}\n';
}
