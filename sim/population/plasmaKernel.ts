import { transitionMatrix, type ChainCompartment } from '../model/linearChain';
import type { PkParameters } from '../model/types';
import { eliminationRatePerH } from '../units';

/**
 * Plasma only, for many virtual subjects: the gut -> central part of the model (2 states instead of 7: no tissue
 * compartments), both divided by V so the central state is the concentration itself. Built from the same
 * closed-form transition matrices as `simulate` (model/linearChain.ts), so it is exact too;
 * tests/sim/population.test.ts checks it against `simulate` subject by subject.
 */
function plasmaChain(pk: PkParameters): ChainCompartment[] {
  return [
    { rate: pk.kaPerH, parent: -1, transfer: 0 },
    { rate: eliminationRatePerH(pk.tHalfH), parent: 0, transfer: pk.kaPerH },
  ];
}

/** The three non-zero entries of every subject's lower-triangular 2 x 2 matrix for one time step, one array each. */
interface SubjectMatrices {
  gg: Float64Array;
  cg: Float64Array;
  cc: Float64Array;
}

export interface SubjectsKernelOutput {
  /** Exact AUC from 0 to the last grid time, per subject (ng·h/mL). */
  aucNgHPerMl: Float64Array;
  /** Highest grid value, per subject (ng/mL). */
  cmaxNgPerMl: Float64Array;
  /** Exact plasma level at each query time (outer, in the order given), per subject (inner) (ng/mL). */
  queried: Float64Array[];
}

/**
 * Plasma (ng/mL) of every subject at every grid time, written time-major: out[i * subjects + s]. All subjects
 * step together, because they share the event times (the dose inputs and queries; lag and meal are the same for
 * everyone) and differ only in parameters and amounts: the inner loop runs over subjects, reading and writing
 * contiguous arrays. Dose inputs and queries are breakpoints (no step spans one); whole grid steps use each
 * subject's fixed step matrix. `inputTimesH` and `queryTimesH` must be sorted; `amountsUg[j * subjects + s]` is
 * what input j puts into subject s's gut.
 */
export function plasmaForSubjects(
  pks: readonly PkParameters[],
  inputTimesH: readonly number[],
  amountsUg: Float64Array,
  timeH: Float64Array,
  stepH: number,
  out: Float64Array,
  queryTimesH: readonly number[] = [],
): SubjectsKernelOutput {
  const count = pks.length;
  const chains = pks.map(plasmaChain);
  const invV = Float64Array.from(pks, (pk) => 1 / pk.volumeL);
  const cache = new Map<number, SubjectMatrices>();
  const matricesFor = (dt: number): SubjectMatrices => {
    const key = Math.round(dt * 1e12);
    let m = cache.get(key);
    if (!m) {
      m = { gg: new Float64Array(count), cg: new Float64Array(count), cc: new Float64Array(count) };
      for (let s = 0; s < count; s++) {
        // Row-major rows gut, central.
        const phi = transitionMatrix(chains[s]!, dt);
        m.gg[s] = phi[0]!;
        m.cg[s] = phi[2]!;
        m.cc[s] = phi[3]!;
      }
      cache.set(key, m);
    }
    return m;
  };

  // Gut amount and plasma level, both per litre of V (ng/mL from µg/L).
  const g = new Float64Array(count);
  const c = new Float64Array(count);
  const dosedPerV = new Float64Array(count);
  const cmax = new Float64Array(count);
  const queried: Float64Array[] = [];
  const advance = (dt: number): void => {
    if (dt > 0) stepAll(matricesFor(dt), g, c, count, null, 0, null);
  };

  let now = 0;
  let nextQuery = 0;
  let nextInput = 0;
  // Events inside (now, t]: inputs and queries, in time order (a query at an input's time sees it, as statesAt).
  const eventsUpTo = (t: number): void => {
    for (;;) {
      const tIn = nextInput < inputTimesH.length ? inputTimesH[nextInput]! : Infinity;
      const tQ = nextQuery < queryTimesH.length ? queryTimesH[nextQuery]! : Infinity;
      if ((tIn > t && tQ > t) || (tIn === Infinity && tQ === Infinity)) return;
      if (tIn <= tQ) {
        advance(tIn - now);
        now = Math.max(now, tIn);
        const base = nextInput * count;
        for (let s = 0; s < count; s++) {
          const perV = amountsUg[base + s]! * invV[s]!;
          g[s]! += perV;
          dosedPerV[s]! += perV;
        }
        nextInput++;
      } else {
        advance(tQ - now);
        now = Math.max(now, tQ);
        queried.push(Float64Array.from(c));
        nextQuery++;
      }
    }
  };

  const step = matricesFor(stepH);
  const n = timeH.length;
  const tolerance = 1e-9 * Math.max(1, timeH[n - 1]!);
  // The last grid point may be closer than one step (horizon not a multiple of the step).
  const uniformEnd = n < 2 || timeH[n - 1]! - timeH[n - 2]! > stepH - tolerance ? n : n - 1;
  for (let i = 0; i < n; i++) {
    const t = timeH[i]!;
    const tIn = nextInput < inputTimesH.length ? inputTimesH[nextInput]! : Infinity;
    const tQ = nextQuery < queryTimesH.length ? queryTimesH[nextQuery]! : Infinity;
    const base = i * count;
    if (i > 0 && i < uniformEnd && t < Math.min(tIn, tQ) - tolerance) {
      stepAll(step, g, c, count, out, base, cmax);
    } else {
      // Every event in (now, t], then the rest of the way to t.
      eventsUpTo(t);
      advance(t - now);
      for (let s = 0; s < count; s++) {
        const level = c[s]!;
        out[base + s] = level;
        if (level > cmax[s]!) cmax[s] = level;
      }
    }
    now = t;
  }
  // AUC by mass balance, exact in exact arithmetic: what entered and is neither in the gut nor in plasma at the
  // end was eliminated, at rate ke × AUC × V. Rounding error is about 1e-16 × (dose / V) / ke in absolute terms,
  // far below the last printed digit; this saves a running integral in the inner loop.
  const aucNgHPerMl = Float64Array.from(
    pks,
    (pk, s) => (dosedPerV[s]! - g[s]! - c[s]!) / eliminationRatePerH(pk.tHalfH),
  );
  // Queries after the last grid time (none expected) still get an answer.
  eventsUpTo(Infinity);
  return { aucNgHPerMl, cmaxNgPerMl: cmax, queried };
}

/**
 * One step of every subject: gut and plasma through each subject's matrix; with `out`, the new levels are written
 * at out[base + s] and Cmax is updated. Top-level with its arrays as arguments (not a closure over them), so V8
 * keeps them in registers in this, the innermost loop.
 */
function stepAll(
  m: SubjectMatrices,
  g: Float64Array,
  c: Float64Array,
  count: number,
  out: Float64Array | null,
  base: number,
  cmax: Float64Array | null,
): void {
  const { gg, cg, cc } = m;
  if (out === null || cmax === null) {
    for (let s = 0; s < count; s++) {
      const gs = g[s]!;
      g[s] = gg[s]! * gs;
      c[s] = cg[s]! * gs + cc[s]! * c[s]!;
    }
    return;
  }
  for (let s = 0; s < count; s++) {
    const gs = g[s]!;
    g[s] = gg[s]! * gs;
    const level = cg[s]! * gs + cc[s]! * c[s]!;
    c[s] = level;
    out[base + s] = level;
    if (level > cmax[s]!) cmax[s] = level;
  }
}
