import { transitionMatrix, type ChainCompartment } from '../model/linearChain';
import type { GutInput } from '../model/propagate';
import type { PkParameters } from '../model/types';
import { eliminationRatePerH } from '../units';

/**
 * Plasma only, for many virtual subjects: the gut -> central part of the model plus a running integral of the
 * plasma concentration (3 states instead of 7: no tissue compartments). Built from the same closed-form
 * transition matrices as `simulate` (model/linearChain.ts), so it is exact too; tests/sim/population.test.ts
 * checks it against `simulate` point by point.
 */
function plasmaChain(pk: PkParameters): ChainCompartment[] {
  return [
    { rate: pk.kaPerH, parent: -1, transfer: 0 },
    { rate: eliminationRatePerH(pk.tHalfH), parent: 0, transfer: pk.kaPerH },
    { rate: 0, parent: 1, transfer: 1 / pk.volumeL },
  ];
}

export interface KernelOutput {
  /** Exact AUC from 0 to the last grid time (ng·h/mL). */
  aucNgHPerMl: number;
  /** Highest grid value (ng/mL). */
  cmaxNgPerMl: number;
  /** Exact plasma level at each extra query time (ng/mL), in the order given (sorted ascending). */
  queried: number[];
}

/**
 * Writes plasma (ng/mL) at every grid time into out[offset + i * stride]: dose inputs are breakpoints (no step
 * spans one), whole grid steps use one fixed 3 x 3 matrix. `inputs` must be sorted by time.
 */
export function plasmaOnGrid(
  pk: PkParameters,
  inputs: readonly GutInput[],
  timeH: Float64Array,
  stepH: number,
  out: Float64Array,
  offset: number,
  stride: number,
  queryTimesH: readonly number[] = [],
): KernelOutput {
  const chain = plasmaChain(pk);
  const matrices = new Map<number, Float64Array>();
  const phiFor = (dt: number): Float64Array => {
    const key = Math.round(dt * 1e12);
    let phi = matrices.get(key);
    if (!phi) {
      phi = transitionMatrix(chain, dt);
      matrices.set(key, phi);
    }
    return phi;
  };
  const step = phiFor(stepH);
  // Lower-triangular 3 x 3, row-major: rows gut, central, integral.
  const gg = step[0]!;
  const ag = step[3]!;
  const aa = step[4]!;
  const ig = step[6]!;
  const ia = step[7]!;
  const invV = 1 / pk.volumeL;

  let g = 0;
  let a = 0;
  let integral = 0;
  let now = 0;
  const advance = (dt: number): void => {
    if (dt <= 0) return;
    const phi = dt === stepH ? step : phiFor(dt);
    const g1 = phi[0]! * g;
    const a1 = phi[3]! * g + phi[4]! * a;
    integral += phi[6]! * g + phi[7]! * a;
    g = g1;
    a = a1;
  };

  const queried: number[] = [];
  let nextQuery = 0;
  let nextInput = 0;
  let cmax = 0;
  const n = timeH.length;
  // Events inside (now, t]: inputs and queries, in time order (a query at an input's time sees it, as statesAt).
  const eventsUpTo = (t: number): void => {
    for (;;) {
      const tIn = nextInput < inputs.length ? inputs[nextInput]!.timeH : Infinity;
      const tQ = nextQuery < queryTimesH.length ? queryTimesH[nextQuery]! : Infinity;
      if ((tIn > t && tQ > t) || (tIn === Infinity && tQ === Infinity)) return;
      if (tIn <= tQ) {
        advance(tIn - now);
        now = Math.max(now, tIn);
        g += inputs[nextInput]!.amountUg;
        nextInput++;
      } else {
        advance(tQ - now);
        now = Math.max(now, tQ);
        queried.push(a * invV);
        nextQuery++;
      }
    }
  };
  const tolerance = 1e-9 * Math.max(1, timeH[n - 1]!);
  // The last grid point may be closer than one step (horizon not a multiple of the step).
  const uniformEnd = n < 2 || timeH[n - 1]! - timeH[n - 2]! > stepH - tolerance ? n : n - 1;
  let i = 0;
  while (i < n) {
    // Slow point: every event in (now, t], then the rest of the way to t.
    const t = timeH[i]!;
    eventsUpTo(t);
    advance(t - now);
    now = t;
    let c = a * invV;
    out[offset + i * stride] = c;
    if (c > cmax) cmax = c;
    i++;
    // Fast run: whole grid steps strictly before the next event, one fixed matrix each, no branches on events.
    const tIn = nextInput < inputs.length ? inputs[nextInput]!.timeH : Infinity;
    const tQ = nextQuery < queryTimesH.length ? queryTimesH[nextQuery]! : Infinity;
    const nextEventH = Math.min(tIn, tQ);
    const stop = Math.min(
      uniformEnd,
      nextEventH === Infinity ? n : Math.ceil((nextEventH - tolerance) / stepH),
    );
    for (; i < stop; i++) {
      const g1 = gg * g;
      const a1 = ag * g + aa * a;
      integral += ig * g + ia * a;
      g = g1;
      a = a1;
      c = a * invV;
      out[offset + i * stride] = c;
      if (c > cmax) cmax = c;
    }
    if (i > 0) now = timeH[i - 1]!;
  }
  const aucNgHPerMl = integral;
  // Queries after the last grid time (none expected) still get an answer.
  eventsUpTo(Infinity);
  return { aucNgHPerMl, cmaxNgPerMl: cmax, queried };
}
