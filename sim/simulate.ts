import { doseBioavailability } from './model/bioavailability';
import { TransitionCache, type GutInput } from './model/propagate';
import type { ChainCompartment } from './model/linearChain';
import type { PkParameters, TissueModel } from './model/types';
import { DYNAMIC_STATE_SIZE, STATE, vitaminKChain } from './model/vitaminKModel';
import type { DoseEvent } from './regimen/regimen';

export interface SimulationInput {
  pk: PkParameters;
  tissue: TissueModel;
  doses: readonly DoseEvent[];
  /** Simulated time span from t = 0 (h). */
  horizonH: number;
  /** Output resolution (h). The grid is 0, step, 2 step, ... and always ends exactly at the horizon. */
  stepH: number;
}

/** A dose as absorbed: intake time, start of absorption, the F applied, and the amount reaching the gut compartment. */
export interface Intake {
  dose: DoseEvent;
  absorptionStartH: number;
  f: number;
  absorbedUg: number;
}

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
  const whole = Math.floor(horizonH / stepH + 1e-9);
  const aligned = Math.abs(whole * stepH - horizonH) <= 1e-9 * Math.max(1, horizonH);
  const grid = new Float64Array(whole + (aligned ? 1 : 2));
  for (let i = 0; i <= whole; i++) grid[i] = i * stepH;
  grid[grid.length - 1] = horizonH;
  return grid;
}

/** Absorbed amounts and absorption start times of the doses actually taken, in time order. */
export function intakesOf(pk: PkParameters, doses: readonly DoseEvent[]): Intake[] {
  return doses
    .filter((dose) => !dose.missed && dose.amountUg > 0)
    .map((dose) => {
      const f = doseBioavailability(pk, dose.amountUg, dose.fatG);
      return { dose, absorptionStartH: dose.timeH + pk.lagH, f, absorbedUg: f * dose.amountUg };
    })
    .sort((a, b) => a.absorptionStartH - b.absorptionStartH);
}

/**
 * Plasma and tissue concentrations on an output grid, exactly: the model is linear, so between dose
 * events the state moves by a closed-form transition matrix (see model/linearChain.ts). Between two grid
 * points with no dose in between, that is one fixed 4 x 4 matrix-vector product, so the cost grows with
 * points + doses, never points × doses. Doses are breakpoints: no step spans one.
 *
 * @example simulate({ pk, tissue, doses: doseEvents(regimen, 240), horizonH: 240, stepH: 1 }).plasmaNgPerMl
 */
export function simulate(input: SimulationInput): SimulationResult {
  const { pk, tissue, horizonH, stepH } = input;
  if (!(horizonH > 0) || !(stepH > 0)) throw new RangeError('horizon and step must be positive');
  const chain = vitaminKChain(pk, tissue);
  const dynamic = chain.slice(0, DYNAMIC_STATE_SIZE);
  const intakes = intakesOf(pk, input.doses);
  const gutInputs = intakes.map((i) => ({ timeH: i.absorptionStartH, amountUg: i.absorbedUg }));

  const timeH = outputGrid(horizonH, stepH);
  const n = timeH.length;
  const plasma = new Float64Array(n);
  const bone = new Float64Array(n);
  const artery = new Float64Array(n);
  const invV = 1 / pk.volumeL;

  const cache = new TransitionCache(dynamic);
  const stepPhi = cache.get(stepH);
  // The step matrix, unpacked: rows gut, central, bone, artery (lower triangular, bone/artery not coupled).
  const gg = stepPhi[0]!;
  const ag = stepPhi[4]!;
  const aa = stepPhi[5]!;
  const bg = stepPhi[8]!;
  const ba = stepPhi[9]!;
  const bb = stepPhi[10]!;
  const rg = stepPhi[12]!;
  const ra = stepPhi[13]!;
  const rr = stepPhi[15]!;

  const state = new Float64Array(DYNAMIC_STATE_SIZE);
  let g = 0;
  let a = 0;
  let b = 0;
  let r = 0;
  let next = 0;
  let now = 0;
  const tolerance = 1e-9 * Math.max(1, horizonH);
  // The last grid point may be closer than one step (horizon not a multiple of the step).
  const uniformEnd = timeH[n - 1]! - timeH[n - 2]! > stepH - tolerance ? n : n - 1;

  let i = 0;
  while (i < n) {
    // Exact step from `now` to grid time t, applying every dose input in (now, t] at its own time.
    const t = timeH[i]!;
    state[0] = g;
    state[1] = a;
    state[2] = b;
    state[3] = r;
    while (next < gutInputs.length && gutInputs[next]!.timeH <= t + tolerance) {
      const at = Math.min(Math.max(gutInputs[next]!.timeH, now), t);
      advance(cache, state, at - now);
      now = at;
      state[STATE.gut] = state[STATE.gut]! + gutInputs[next]!.amountUg;
      next++;
    }
    advance(cache, state, t - now);
    g = state[0]!;
    a = state[1]!;
    b = state[2]!;
    r = state[3]!;
    plasma[i] = a * invV;
    bone[i] = b;
    artery[i] = r;
    now = t;
    i++;

    // Fast path: whole grid steps up to (not including) the point at or after the next dose input:
    // one fixed matrix-vector product each, no branches.
    const nextInputH = next < gutInputs.length ? gutInputs[next]!.timeH : Infinity;
    const stop = Math.min(
      uniformEnd,
      nextInputH === Infinity ? n : Math.ceil((nextInputH - tolerance) / stepH),
    );
    for (; i < stop; i++) {
      const g1 = gg * g;
      const a1 = ag * g + aa * a;
      b = bg * g + ba * a + bb * b;
      r = rg * g + ra * a + rr * r;
      g = g1;
      a = a1;
      plasma[i] = a * invV;
      bone[i] = b;
      artery[i] = r;
    }
    if (i > 0) now = timeH[i - 1]!;
  }

  return {
    timeH,
    plasmaNgPerMl: plasma,
    boneNgPerMl: bone,
    arteryNgPerMl: artery,
    doses: input.doses,
    intakes,
    chain,
    gutInputs,
    input,
  };
}

function advance(cache: TransitionCache, state: Float64Array, dtH: number): void {
  if (dtH <= 0) return;
  const phi = cache.get(dtH);
  const [g, a, b, r] = [state[0]!, state[1]!, state[2]!, state[3]!];
  state[0] = phi[0]! * g;
  state[1] = phi[4]! * g + phi[5]! * a;
  state[2] = phi[8]! * g + phi[9]! * a + phi[10]! * b;
  state[3] = phi[12]! * g + phi[13]! * a + phi[15]! * r;
}
