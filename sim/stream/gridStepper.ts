import { doseBioavailability } from '../model/bioavailability';
import { TransitionColumn, type ChainCompartment } from '../model/linearChain';
import { TransitionCache, type GutInput } from '../model/propagate';
import type { PkParameters, TissueModel } from '../model/types';
import { DYNAMIC_STATE_SIZE, STATE, vitaminKChain } from '../model/vitaminKModel';
import type { DoseEvent } from '../regimen/regimen';

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

/** Everything about a run except its output arrays: enough for exact metrics at any time (model/propagate). */
export interface SimulationModel {
  /** Doses as given, missed ones included. */
  doses: SimulationInput['doses'];
  /** Doses actually taken, as absorbed, in time order. */
  intakes: Intake[];
  /** The model as a linear chain (dynamic states, then running integrals). */
  chain: ChainCompartment[];
  gutInputs: GutInput[];
  input: SimulationInput;
}

/** Output arrays a stepper fills, all the same length. */
export interface GridArrays {
  timeH: Float64Array;
  plasmaNgPerMl: Float64Array;
  boneNgPerMl: Float64Array;
  arteryNgPerMl: Float64Array;
}

/**
 * The one stepping kernel behind `simulate` (whole arrays) and `simulateChunks` (bounded blocks). It walks the
 * output grid 0, step, 2 step, ..., horizon and keeps the exact state between calls, so the grid can be filled
 * in any number of pieces with the same result.
 *
 * Between dose inputs the model is linear with constant coefficients, so the state moves by a closed-form
 * transition matrix Phi(dt) (model/linearChain.ts, Bateman equation). Between two grid points with no input in
 * between that is one fixed 5 x 5 lower-triangular matrix-vector product; each dose input is a breakpoint,
 * taken exactly: its amount enters at its own time and is carried to the grid point by the gut column of
 * Phi (TransitionColumn), added to the state moved over the whole gap. Cost grows with points + doses.
 *
 * @example new GridStepper(regimenInput(makeRegimen({ compound: 'mk7', doseUg: 90 }), 72, 1)).fill(gridArrays(73), 0, 73) // => 73
 */
export class GridStepper {
  readonly model: SimulationModel;
  /** Number of grid points, 0 to the horizon inclusive. */
  readonly pointCount: number;
  /** Index of the next grid point to produce. */
  private index = 0;
  private readonly stepH: number;
  private readonly horizonH: number;
  private readonly tolerance: number;
  private readonly uniformEnd: number;
  private readonly cache: TransitionCache;
  private readonly gutColumn: TransitionColumn;
  private readonly invV: number;
  private readonly state = new Float64Array(DYNAMIC_STATE_SIZE);
  // Exact dynamic state (gut, the central amount's fast and slow modes, bone, artery) at time `now`, and the
  // next dose input to apply. With one compartment the slow mode stays 0.
  private g = 0;
  private f = 0;
  private s = 0;
  private b = 0;
  private r = 0;
  private now = 0;
  private next = 0;

  constructor(input: SimulationInput) {
    const { pk, tissue, horizonH, stepH } = input;
    if (!(horizonH > 0) || !(stepH > 0)) throw new RangeError('horizon and step must be positive');
    const chain = vitaminKChain(pk, tissue);
    const intakes = intakesOf(pk, input.doses);
    const gutInputs = intakes.map((i) => ({ timeH: i.absorptionStartH, amountUg: i.absorbedUg }));
    this.model = { doses: input.doses, intakes, chain, gutInputs, input };
    this.stepH = stepH;
    this.horizonH = horizonH;
    this.pointCount = gridPointCount(horizonH, stepH);
    this.tolerance = 1e-9 * Math.max(1, horizonH);
    // The last grid point may be closer than one step (horizon not a multiple of the step).
    const n = this.pointCount;
    const lastGap = this.timeAt(n - 1) - (n > 1 ? this.timeAt(n - 2) : 0);
    this.uniformEnd = n > 1 && lastGap > stepH - this.tolerance ? n : n - 1;
    this.cache = new TransitionCache(chain.slice(0, DYNAMIC_STATE_SIZE));
    this.gutColumn = new TransitionColumn(chain.slice(0, DYNAMIC_STATE_SIZE), STATE.gut);
    this.invV = 1 / pk.volumeL;
  }

  /** Grid time of point i (h). */
  timeAt(i: number): number {
    return i === this.pointCount - 1 ? this.horizonH : i * this.stepH;
  }

  /** Grid points not yet produced. */
  get remaining(): number {
    return this.pointCount - this.index;
  }

  /**
   * Writes the next `count` grid points (fewer at the end) into `out` from `offset`; returns how many.
   * Calling it repeatedly walks the whole grid once.
   */
  fill(out: GridArrays, offset: number, count: number): number {
    const start = this.index;
    const end = Math.min(this.pointCount, start + count);
    const { timeH, plasmaNgPerMl: plasma, boneNgPerMl: bone, arteryNgPerMl: artery } = out;
    const gutInputs = this.model.gutInputs;
    const { cache, state, invV, stepH, tolerance } = this;
    // The step matrix, unpacked: rows gut, fast mode, slow mode, bone, artery (lower triangular; the modes are
    // not coupled to each other, nor bone to artery).
    const stepPhi = cache.get(stepH);
    const gg = stepPhi[0]!;
    const fg = stepPhi[5]!;
    const ff = stepPhi[6]!;
    const sg = stepPhi[10]!;
    const ss = stepPhi[12]!;
    const bg = stepPhi[15]!;
    const bf = stepPhi[16]!;
    const bs = stepPhi[17]!;
    const bb = stepPhi[18]!;
    const rg = stepPhi[20]!;
    const rf = stepPhi[21]!;
    const rs = stepPhi[22]!;
    const rr = stepPhi[24]!;
    let { g, f, s, b, r, now, next } = this;
    const shift = offset - start;

    let i = start;
    while (i < end) {
      const t = this.timeAt(i);
      const inputDue = next < gutInputs.length && gutInputs[next]!.timeH <= t + tolerance;
      // A block boundary between two whole steps with no input due takes the fast path's own fixed step
      // below, so blocks join bit for bit (t - now may differ from the step by rounding at large t).
      const boundary = i > 0 && i < this.uniformEnd && !inputDue;
      if (!boundary) {
        // Exact step from `now` to grid time t, applying every dose input in (now, t] at its own time.
        state[0] = g;
        state[1] = f;
        state[2] = s;
        state[3] = b;
        state[4] = r;
        advance(cache, state, t - now);
        // Each input in (now, t] adds its amount times the gut column over the rest of the gap (the model is
        // linear: superposition), so a dose at any offset needs one column, not two fresh matrices.
        while (next < gutInputs.length && gutInputs[next]!.timeH <= t + tolerance) {
          const at = Math.min(Math.max(gutInputs[next]!.timeH, now), t);
          const column = this.gutColumn.at(t - at);
          const amountUg = gutInputs[next]!.amountUg;
          for (let k = 0; k < DYNAMIC_STATE_SIZE; k++) state[k] = state[k]! + amountUg * column[k]!;
          next++;
        }
        g = state[0]!;
        f = state[1]!;
        s = state[2]!;
        b = state[3]!;
        r = state[4]!;
        timeH[i + shift] = t;
        plasma[i + shift] = (f + s) * invV;
        bone[i + shift] = b;
        artery[i + shift] = r;
        i++;
      }

      // Fast path: whole grid steps up to (not including) the point at or after the next dose input:
      // one fixed matrix-vector product each, no branches.
      const nextInputH = next < gutInputs.length ? gutInputs[next]!.timeH : Infinity;
      const stop = Math.max(
        Math.min(
          end,
          this.uniformEnd,
          nextInputH === Infinity ? end : Math.ceil((nextInputH - tolerance) / stepH),
        ),
        // At a boundary point the input is not due, so at least that point is one whole step on.
        boundary ? i + 1 : i,
      );
      for (; i < stop; i++) {
        const g1 = gg * g;
        const f1 = fg * g + ff * f;
        const s1 = sg * g + ss * s;
        b = bg * g + bf * f + bs * s + bb * b;
        r = rg * g + rf * f + rs * s + rr * r;
        g = g1;
        f = f1;
        s = s1;
        timeH[i + shift] = i * stepH;
        plasma[i + shift] = (f + s) * invV;
        bone[i + shift] = b;
        artery[i + shift] = r;
      }
      now = timeH[i - 1 + shift]!;
    }
    // The last point is the horizon itself, not (n - 1) * step rounded.
    if (end === this.pointCount) timeH[end - 1 + shift] = this.horizonH;
    this.g = g;
    this.f = f;
    this.s = s;
    this.b = b;
    this.r = r;
    this.now = now;
    this.next = next;
    this.index = end;
    return end - start;
  }
}

/**
 * Number of points of the output grid 0, step, 2 step, ..., whole * step, plus the horizon itself when it is
 * not a multiple of the step (within 1e-9 relative).
 * @example [gridPointCount(72, 1), gridPointCount(2.5, 1)] // => [73, 4]
 */
export function gridPointCount(horizonH: number, stepH: number): number {
  const whole = Math.floor(horizonH / stepH + 1e-9);
  const aligned = Math.abs(whole * stepH - horizonH) <= 1e-9 * Math.max(1, horizonH);
  return whole + (aligned ? 1 : 2);
}

/** Four zeroed arrays of one length, for `GridStepper.fill`. */
export function gridArrays(length: number): GridArrays {
  return {
    timeH: new Float64Array(length),
    plasmaNgPerMl: new Float64Array(length),
    boneNgPerMl: new Float64Array(length),
    arteryNgPerMl: new Float64Array(length),
  };
}

function advance(cache: TransitionCache, state: Float64Array, dtH: number): void {
  if (dtH <= 0) return;
  const phi = cache.get(dtH);
  const [g, f, s, b, r] = [state[0]!, state[1]!, state[2]!, state[3]!, state[4]!];
  state[0] = phi[0]! * g;
  state[1] = phi[5]! * g + phi[6]! * f;
  state[2] = phi[10]! * g + phi[12]! * s;
  state[3] = phi[15]! * g + phi[16]! * f + phi[17]! * s + phi[18]! * b;
  state[4] = phi[20]! * g + phi[21]! * f + phi[22]! * s + phi[24]! * r;
}
