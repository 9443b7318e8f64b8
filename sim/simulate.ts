import type { GutInput } from './model/propagate';
import type { ChainCompartment } from './model/linearChain';
import type { DoseEvent } from './regimen/regimen';
import {
  GridStepper,
  gridArrays,
  gridPointCount,
  type Intake,
  type SimulationInput,
} from './stream/gridStepper';

export { intakesOf, type Intake, type SimulationInput } from './stream/gridStepper';

export interface SimulationResult {
  timeH: Float64Array;
  plasmaNgPerMl: Float64Array;
  /** Effect-compartment concentrations (plasma-equivalent ng/mL). Illustrative. */
  boneNgPerMl: Float64Array;
  arteryNgPerMl: Float64Array;
  /** Every dose, missed ones included (flagged). */
  doses: readonly DoseEvent[];
  /** Doses actually taken, as absorbed. */
  intakes: Intake[];
  /** The model as a linear chain, for exact evaluation at any time (metrics). */
  chain: ChainCompartment[];
  gutInputs: GutInput[];
  input: SimulationInput;
}

/** Times 0, step, 2 step, ..., plus the horizon itself when it is not a multiple of the step. */
export function outputGrid(horizonH: number, stepH: number): Float64Array {
  const grid = new Float64Array(gridPointCount(horizonH, stepH));
  for (let i = 0; i < grid.length - 1; i++) grid[i] = i * stepH;
  grid[grid.length - 1] = horizonH;
  return grid;
}

/**
 * Plasma and tissue concentrations on an output grid, exactly: the model is linear, so between dose
 * events the state moves by a closed-form transition matrix (see model/linearChain.ts). Between two grid
 * points with no dose in between, that is one fixed 8 x 8 matrix-vector product (gut, the central amount's two
 * modes, bone, artery and the three AUC integrators: model/vitaminKModel.ts STATE), so the cost grows with
 * points + doses, never points × doses. Doses are breakpoints: no step spans one. The stepping itself is
 * `GridStepper` (stream/gridStepper.ts), shared with the bounded-memory `simulateChunks`.
 *
 * @example simulate({ pk: presetParameters('mk7'), tissue: TISSUE_PRESET, doses: doseEvents(makeRegimen({ compound: 'mk7', doseUg: 90 }), 240), horizonH: 240, stepH: 1 }).plasmaNgPerMl.length // => 241
 */
export function simulate(input: SimulationInput): SimulationResult {
  const stepper = new GridStepper(input);
  const out = gridArrays(stepper.pointCount);
  stepper.fill(out, 0, stepper.pointCount);
  return { ...out, ...stepper.model };
}
