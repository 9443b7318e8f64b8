/**
 * npm run bench, issue 16 §7: the CSV writers and irregular doses, before and after, in one run.
 * - CSV: CPU (process.cpuUsage, user + system) of the command line's 10-year 1-minute CSV with the old text
 *   writer (tests/support/textCsvWriter.ts), with the byte writer (sim/cli/format.ts), and JSON.stringify of
 *   the same blocks; each walks the simulation once. Outputs are counted, not kept; the two CSVs are compared
 *   by length, and byte for byte over their first 30 days (untimed; the tests compare whole files).
 * - Doses: 100,000 doses at seeded random times on a 10-year hourly grid, with the old kernel (two transition
 *   matrices per dose through the 64-entry cache, copied below) and the stepper's gut column.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { csvChunks, planFor, type RunPlan } from '../sim/cli/format';
import {
  makeRegimen,
  mulberry32,
  presetParameters,
  simulate,
  TISSUE_PRESET,
  type DoseEvent,
  type SimulationInput,
} from '../sim/index';
import { TransitionCache } from '../sim/model/propagate';
import { DYNAMIC_STATE_SIZE, STATE, vitaminKChain } from '../sim/model/vitaminKModel';
import { intakesOf } from '../sim/stream/gridStepper';
import { blocksOf } from '../sim/stream/simulateChunks';
import { GridStepper } from '../sim/stream/gridStepper';
import { columnOf, SERIES_COLUMNS, textCliCsvChunks } from '../tests/support/textCsvWriter';

setFlagsFromString('--expose-gc');
/** A full collection before each timed run, so no run pays for the previous one's garbage. */
const collect = runInNewContext('gc') as () => void;

function cpuMs<T>(fn: () => T): { ms: number; value: T } {
  collect();
  const start = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, value };
}

/** Whether two chunk streams hold the same bytes (both CSV writers cut chunks at the same blocks). */
function sameBytes(a: Iterable<Uint8Array>, b: Iterable<Uint8Array>): boolean {
  const left = [...a];
  const right = [...b];
  return left.length === right.length && left.every((chunk, i) => Buffer.compare(chunk, right[i]!) === 0);
}

/** The same blocks as the CSV, each column as JSON.stringify writes an array of numbers. */
function* jsonBlocks(plan: RunPlan): Generator<string> {
  for (const block of blocksOf(new GridStepper(plan.input), 5000, true)) {
    yield JSON.stringify(Array.from(block.timeH));
    for (const c of SERIES_COLUMNS) yield JSON.stringify(Array.from(columnOf(block, c, plan.compound)));
  }
}

export interface WriterBench {
  rows: number;
  oldCsv: { ms: number; bytes: number };
  newCsv: { ms: number; bytes: number };
  json: { ms: number; bytes: number };
  /** Same length over the whole run, and the same bytes over its first 30 days. */
  identical: boolean;
}

export function benchCsvWriters(days = 3650): WriterBench {
  const plans = [planFor(makeRegimen({ compound: 'mk7', doseUg: 180, fatG: 15 }), 'MK-7', days * 24, 1 / 60)];
  const encoder = new TextEncoder();
  const jsonRun = cpuMs(() => {
    let bytes = 0;
    for (const text of jsonBlocks(plans[0]!)) bytes += encoder.encode(text).length;
    return bytes;
  });
  const newRun = cpuMs(() => {
    let bytes = 0;
    for (const chunk of csvChunks(plans)) bytes += chunk.length;
    return bytes;
  });
  const oldRun = cpuMs(() => {
    let bytes = 0;
    // The old writer handed text to stdout or a file, which encoded it: encoding counts as its work.
    for (const text of textCliCsvChunks(plans)) bytes += encoder.encode(text).length;
    return bytes;
  });
  // Untimed: the first 30 days of both writers, byte for byte (the tests compare whole files).
  const month = [planFor(makeRegimen({ compound: 'mk7', doseUg: 180, fatG: 15 }), 'MK-7', 30 * 24, 1 / 60)];
  const identical =
    oldRun.value === newRun.value &&
    sameBytes(
      csvChunks(month),
      [...textCliCsvChunks(month)].map((t) => encoder.encode(t)),
    );
  return {
    rows: plans[0]!.input.horizonH * 60 + 1,
    oldCsv: { ms: oldRun.ms, bytes: oldRun.value },
    newCsv: { ms: newRun.ms, bytes: newRun.value },
    json: { ms: jsonRun.ms, bytes: jsonRun.value },
    identical,
  };
}

export function formatWriterBench(b: WriterBench): string {
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  return [
    `CSV writers, command line, 10 years 1-minute (${b.rows.toLocaleString('en')} rows x 7 columns, MK-7), CPU in this process:`,
    `  before: text writer (toPrecision per number, then UTF-8):  ${s(b.oldCsv.ms)}  (${(b.oldCsv.bytes / 1e6).toFixed(0)} MB)`,
    `  after:  byte writer (sim/text/csvBytes.ts):                ${s(b.newCsv.ms)}  (${(b.newCsv.bytes / 1e6).toFixed(0)} MB)`,
    `  JSON.stringify of the same blocks, then UTF-8:             ${s(b.json.ms)}  (${(b.json.bytes / 1e6).toFixed(0)} MB)`,
    `  same length, and byte-identical over the first 30 days: ${b.identical ? 'yes' : 'NO'}; after / JSON = ${(b.newCsv.ms / b.json.ms).toFixed(2)} (target <= 1), speed-up ${(b.oldCsv.ms / b.newCsv.ms).toFixed(1)}x`,
  ].join('\n');
}

/**
 * The stepper's grid walk as it was before the gut column (commit c440c66): at a grid point with doses due,
 * the state moves to each dose (one matrix from the cache), takes the amount, then moves to the point (another
 * matrix); irregular offsets miss the 64-entry cache, so both are built fresh. Plasma only.
 */
function oldKernelPlasma(input: SimulationInput): Float64Array {
  const chain = vitaminKChain(input.pk, input.tissue).slice(0, DYNAMIC_STATE_SIZE);
  const cache = new TransitionCache(chain);
  const inputs = intakesOf(input.pk, input.doses).map((i) => ({
    timeH: i.absorptionStartH,
    amountUg: i.absorbedUg,
  }));
  const n = Math.floor(input.horizonH / input.stepH + 1e-9) + 1;
  const plasma = new Float64Array(n);
  const x = new Float64Array(DYNAMIC_STATE_SIZE);
  const advance = (dt: number): void => {
    if (dt <= 0) return;
    const p = cache.get(dt);
    const [g, f, s, b, r] = [x[0]!, x[1]!, x[2]!, x[3]!, x[4]!];
    x[0] = p[0]! * g;
    x[1] = p[5]! * g + p[6]! * f;
    x[2] = p[10]! * g + p[12]! * s;
    x[3] = p[15]! * g + p[16]! * f + p[17]! * s + p[18]! * b;
    x[4] = p[20]! * g + p[21]! * f + p[22]! * s + p[24]! * r;
  };
  const tolerance = 1e-9 * Math.max(1, input.horizonH);
  let now = 0;
  let next = 0;
  for (let i = 0; i < n; i++) {
    const t = i * input.stepH;
    while (next < inputs.length && inputs[next]!.timeH <= t + tolerance) {
      const at = Math.min(Math.max(inputs[next]!.timeH, now), t);
      advance(at - now);
      now = at;
      x[STATE.gut] = x[STATE.gut]! + inputs[next]!.amountUg;
      next++;
    }
    advance(t - now);
    now = t;
    plasma[i] = (x[1]! + x[2]!) / input.pk.volumeL;
  }
  return plasma;
}

export interface DoseBench {
  doses: number;
  points: number;
  beforeMs: number;
  afterMs: number;
  maxRelativeDifference: number;
}

export function benchIrregularDoses(doseCount = 100_000): DoseBench {
  const random = mulberry32(2026);
  const horizonH = 3650 * 24;
  const doses: DoseEvent[] = Array.from({ length: doseCount }, () => ({
    index: null,
    timeH: random() * horizonH,
    amountUg: 50 + random() * 200,
    fatG: random() * 20,
    missed: false,
  }));
  const input: SimulationInput = {
    pk: presetParameters('k1'),
    tissue: TISSUE_PRESET,
    doses,
    horizonH,
    stepH: 1,
  };
  oldKernelPlasma(input); // warm-up
  simulate(input);
  const before = cpuMs(() => oldKernelPlasma(input));
  const after = cpuMs(() => simulate(input).plasmaNgPerMl);
  let worst = 0;
  const peak = Math.max(...after.value);
  after.value.forEach((v, i) => {
    const w = before.value[i]!;
    if (w > 1e-6 * peak) worst = Math.max(worst, Math.abs(v - w) / w);
  });
  return {
    doses: doseCount,
    points: after.value.length,
    beforeMs: before.ms,
    afterMs: after.ms,
    maxRelativeDifference: worst,
  };
}

export function formatDoseBench(b: DoseBench): string {
  return [
    `Irregular doses: ${b.doses.toLocaleString('en')} doses at seeded random times, K1 (two compartments), 10 years hourly (${b.points.toLocaleString('en')} points), CPU:`,
    `  before: two transition matrices per dose (64-entry cache):  ${b.beforeMs.toFixed(0)} ms  (${((b.beforeMs * 1000) / b.doses).toFixed(2)} µs a dose)`,
    `  after:  gut column of Phi per dose (TransitionColumn):       ${b.afterMs.toFixed(0)} ms  (${((b.afterMs * 1000) / b.doses).toFixed(2)} µs a dose, simulate() whole: plasma, bone, artery)`,
    `  largest relative difference of plasma, before vs after: ${b.maxRelativeDifference.toExponential(1)}`,
  ].join('\n');
}
