/**
 * The CSV writers as they were before numbers went straight into bytes (commit c440c66), kept as the
 * reference the byte writers must match byte for byte, and as the bench's "before". The second method is the
 * number text only: each number goes through the ECMAScript definition itself, String(Number(x.toPrecision(d)))
 * and String(Number(t.toFixed(6))), into a string. Which columns a block has and how the runs walk the grid
 * together are not what is checked, so they are the command line's own (sim/cli/format.ts), not a copy.
 */
import {
  columnOf,
  lockstepBlocks,
  SERIES_COLUMNS,
  type ExtraColumn,
  type RunPlan,
} from '../../sim/cli/format';

export { columnOf, SERIES_COLUMNS };

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

/** The command line's CSV as text chunks, 10 significant digits, LF (the old sim/cli/format.ts csvChunks). */
export function* textCliCsvChunks(
  plans: readonly RunPlan[],
  extra: readonly ExtraColumn[] = [],
): Generator<string> {
  const columns = plans.flatMap((plan, k) =>
    SERIES_COLUMNS.map((c) => (k === 0 ? c : `r${k + 1}_${plan.compound}_${c}`)),
  );
  yield `time_h,${[...columns, ...extra.map((e) => e.name)].join(',')}\n`;
  let row = 0;
  for (const blocks of lockstepBlocks(plans)) {
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
