import type { SimulationInput } from './gridStepper';
import { GridStepper } from './gridStepper';
import { blocksOf, type GridBlock } from './simulateChunks';

/**
 * The blocks of several simulations on one grid (same horizon and step), walked together: the k-th yield holds
 * block k of every input, in the inputs' order. Blocks reuse their arrays (blocksOf with reuse), so each is
 * valid only until the next is asked for. The command line's CSV and the app's streamed view both write rows
 * across runs this way.
 * @example [...inLockstep([regimenInput(makeRegimen({ compound: 'mk7', doseUg: 90 }), 72, 1), regimenInput(makeRegimen({ compound: 'mk4', doseUg: 90 }), 72, 1)], 50)].map((blocks) => blocks.map((b) => b.length)) // => [[50, 50], [23, 23]]
 */
export function* inLockstep(
  inputs: readonly SimulationInput[],
  chunkPoints: number,
): Generator<GridBlock[], void, undefined> {
  const streams = inputs.map((input) => blocksOf(new GridStepper(input), chunkPoints, true));
  for (;;) {
    const blocks: GridBlock[] = [];
    for (const s of streams) {
      const next = s.next();
      if (next.done) return;
      blocks.push(next.value);
    }
    yield blocks;
  }
}
