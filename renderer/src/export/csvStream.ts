import { streamedView, type Scenario } from '../../../sim';
import { ByteWriter } from '../../../sim/text/csvBytes';
import { csvHeaderText, csvRowsBytes, type CsvByteChunk, type CsvExtraColumn } from './csv';

/**
 * Bytes per streamed chunk: about 2 MB, big enough that per-chunk messaging is noise, small enough that a chunk
 * is a few milliseconds of work for whoever receives it. (The rows are ASCII: one character is one byte.)
 */
export const STREAM_CHUNK_CHARS = 2_000_000;

/**
 * The app's data CSV for a scenario (the same header, columns and digits as `buildCsv(scenarioView(s))`,
 * byte for byte), produced from the streamed simulation (sim/view/viewBlocks.ts) instead of the view's
 * whole arrays: memory stays at one block of every series plus one chunk of bytes, whatever the horizon.
 * Numbers go straight into the chunk's bytes (sim/text/csvBytes.ts), UTF-8 ready for a Blob or a transfer.
 * Each chunk holds whole rows; the first is the BOM and header alone.
 */
export function* csvStreamChunks(
  scenario: Scenario,
  chunkChars: number = STREAM_CHUNK_CHARS,
  /** Whole columns on the same grid, appended after the series (population bands; capped in size). */
  extra: readonly CsvExtraColumn[] = [],
): Generator<CsvByteChunk, void, undefined> {
  const view = streamedView(scenario);
  const rowsTotal = view.pointCount;
  if (extra.some((e) => e.values.length !== rowsTotal))
    throw new Error('extra CSV columns are not on the grid');
  const out = new ByteWriter(Math.min(chunkChars, STREAM_CHUNK_CHARS) + (1 << 12));
  out.text(
    csvHeaderText(
      view.skeleton,
      extra.map((e) => e.name),
    ),
  );
  yield { bytes: out.take(), rowsDone: 0, rowsTotal };
  let rowsDone = 0;
  for (const block of view.blocks()) {
    const extraBlock = extra.map((e) => e.values.subarray(rowsDone, rowsDone + block.length));
    csvRowsBytes(out, block.timeH, [...block.values, ...extraBlock], 0, block.length);
    rowsDone += block.length;
    if (out.length >= chunkChars || rowsDone === rowsTotal) yield { bytes: out.take(), rowsDone, rowsTotal };
  }
}
