/**
 * The CSV writers as they were before numbers went straight into bytes (commit c440c66), kept as the
 * reference the byte writers must match byte for byte, and as the bench's "before". They format each number
 * with the ECMAScript definition itself: String(Number(x.toPrecision(d))) and String(Number(t.toFixed(6))).
 */
import type { RunPlan, ExtraColumn } from '../../sim/cli/format';
import { COMPOUND_PRESETS, TISSUE_PRESET, seriesCarboxylation, seriesToNmolPerL } from '../../sim';
import type { CompoundId } from '../../sim/model/types';
import { GridStepper } from '../../sim/stream/gridStepper';
import { blocksOf, type GridBlock } from '../../sim/stream/simulateChunks';

const significant = (x: number, digits: number): string => String(Number(x.toPrecision(digits)));
const time6 = (t: number): string => String(Number(t.toFixed(6)));

/** The app's data rows: time_h, time_days, then 7 significant digits per column; CRLF. */
export function textCsvRows(
  timeH: Float64Array,
  columns: readonly Float64Array[],
  from: number,
  to: number,
): string {
  let text = '';
  for (let i = from; i < to; i++) {
    const t = timeH[i]!;
    let row = `${time6(t)},${time6(t / 24)}`;
    for (const values of columns) row += `,${significant(values[i]!, 7)}`;
    text += row + '\r\n';
  }
  return text;
}

export const SERIES_COLUMNS = [
  'plasma_ng_per_ml',
  'plasma_nmol_per_l',
  'bone_ng_per_ml',
  'artery_ng_per_ml',
  'osteocalcin_carboxylated_fraction',
  'mgp_carboxylated_fraction',
] as const;

export function columnOf(
  block: GridBlock,
  column: (typeof SERIES_COLUMNS)[number],
  compound: CompoundId,
): Float64Array {
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

/** The command line's CSV as text chunks, 10 significant digits, LF (the old sim/cli/format.ts csvChunks). */
export function* textCliCsvChunks(
  plans: readonly RunPlan[],
  extra: readonly ExtraColumn[] = [],
): Generator<string> {
  const columns = plans.flatMap((plan, k) =>
    SERIES_COLUMNS.map((c) => (k === 0 ? c : `r${k + 1}_${plan.compound}_${c}`)),
  );
  yield `time_h,${[...columns, ...extra.map((e) => e.name)].join(',')}\n`;
  const streams = plans.map((p) => blocksOf(new GridStepper(p.input), 5000, true));
  let row = 0;
  for (;;) {
    const blocks: GridBlock[] = [];
    for (const s of streams) {
      const next = s.next();
      if (next.done) return;
      blocks.push(next.value);
    }
    const series = blocks.flatMap((b, k) => SERIES_COLUMNS.map((c) => columnOf(b, c, plans[k]!.compound)));
    const time = blocks[0]!.timeH;
    let text = '';
    for (let i = 0; i < time.length; i++) {
      text += significant(time[i]!, 10);
      for (const s of series) text += `,${significant(s[i]!, 10)}`;
      for (const e of extra) text += `,${significant(e.values[row + i]!, 10)}`;
      text += '\n';
    }
    row += time.length;
    yield text;
  }
}
