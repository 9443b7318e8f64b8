import { regimenInput } from '../regimen/simulateRegimen';
import { toRegimen } from '../scenario/toRegimen';
import type { Scenario } from '../scenario/schema';
import type { SimulationInput, SimulationResult } from '../simulate';
import { GridStepper, gridArrays } from '../stream/gridStepper';
import { inLockstep } from '../stream/lockstep';
import { scenarioView, seriesValues, type ScenarioView, type ScenarioViewOptions } from './scenarioView';

/** One block of a streamed view: grid points [startIndex, startIndex + length) of every series. */
export interface ViewBlock {
  startIndex: number;
  length: number;
  /** Grid times of the block (h). */
  timeH: Float64Array;
  /** One array per series of the skeleton, in `skeleton.series` order, in the same units as scenarioView's. */
  values: Float64Array[];
}

/** A view's metadata (series, columns, labels, doses) without its arrays, and its blocks, streamed on demand. */
export interface StreamedView {
  /** scenarioView's result with every curve simulated as a model only: series and times are zero-length. */
  skeleton: ScenarioView;
  /** Grid points of every series (0 to the horizon inclusive). */
  pointCount: number;
  blocks(chunkPoints?: number): Generator<ViewBlock, void, undefined>;
}

/** Builds a curve's model without running it: what `simulate` returns, with zero-length arrays. */
function modelOnly(input: SimulationInput): SimulationResult {
  return { ...gridArrays(0), ...new GridStepper(input).model };
}

/** Block size of a streamed view: 16 Ki points is 128 kB per array, so a few series stay near 1 MB. */
export const VIEW_BLOCK_POINTS = 16_384;

/**
 * `scenarioView` in bounded memory: the same series (columns, units, order), produced block by block from
 * the exact simulation (GridStepper, the kernel `simulate` uses), every curve of the view advanced in
 * lockstep on the shared grid. Each series' values come from `seriesValues`, the function scenarioView uses,
 * so the concatenated blocks equal scenarioView's arrays bit for bit. Memory: one block per curve.
 * @example streamedView(defaultScenario()).pointCount // => 721
 */
export function streamedView(scenario: Scenario, options: ScenarioViewOptions = {}): StreamedView {
  const skeleton = scenarioView(scenario, { ...options, simulate: modelOnly });
  const horizonH = scenario.horizonDays * 24;
  const stepH = scenario.stepMin / 60;
  // Curves in regimen order: as taken, then without fat; a series names its curve by regimen and kind.
  const curves: { key: string; input: SimulationInput }[] = [];
  for (const r of skeleton.regimens) {
    curves.push({ key: `${r.index}`, input: r.result.input });
    if (r.withoutFat) curves.push({ key: `${r.index}-nofat`, input: r.withoutFat.result.input });
  }
  // No regimen shown: the time axis alone, on the grid of an undosed first regimen (as scenarioView does).
  const timeOnly: SimulationInput = regimenInput(
    toRegimen({ ...scenario.regimens[0]!, doseUg: 0 }),
    horizonH,
    stepH,
  );
  const curveOf = skeleton.series.map((s) =>
    curves.findIndex((c) => c.key === `${s.regimenIndex}${s.kind === 'plasmaWithoutFat' ? '-nofat' : ''}`),
  );
  const pointCount = new GridStepper(curves[0]?.input ?? timeOnly).pointCount;

  function* blocks(chunkPoints: number = VIEW_BLOCK_POINTS): Generator<ViewBlock, void, undefined> {
    const inputs = curves.length > 0 ? curves.map((c) => c.input) : [timeOnly];
    for (const step of inLockstep(inputs, chunkPoints)) {
      const first = step[0]!;
      yield {
        startIndex: first.startIndex,
        length: first.length,
        timeH: first.timeH,
        values: skeleton.series.map((s, k) =>
          seriesValues(s.kind, s.compound, skeleton.units, step[curveOf[k]!]!),
        ),
      };
    }
  }

  return { skeleton, pointCount, blocks };
}
