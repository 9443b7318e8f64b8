import { disposition, type Disposition } from '../model/disposition';
import { transitionMatrix } from '../model/linearChain';
import type { PkParameters } from '../model/types';
import { vitaminKChain } from '../model/vitaminKModel';
import { TISSUE_PRESET } from '../presets/compounds';

/**
 * Plasma only, for many virtual subjects: the gut -> central part of the model (3 states instead of 8: the gut
 * and the central amount's fast and slow modes, model/disposition.ts; no tissue compartments), all divided by V so
 * the two modes add up to the concentration itself. The first three compartments of `simulate`'s own chain
 * (model/vitaminKModel.ts; they do not depend on the tissues), through the same closed-form transition matrices
 * (model/linearChain.ts), so it is exact too; tests/sim/population.test.ts checks it against `simulate` subject by
 * subject. With one compartment (MK-4, MK-7) the slow mode stays empty and is skipped.
 */
const PLASMA_STATES = 3;

/** The non-zero entries of every subject's lower-triangular 3 x 3 matrix for one time step, one array each. */
interface SubjectMatrices {
  gg: Float64Array;
  cg: Float64Array;
  cc: Float64Array;
  /** Slow mode (all zero when no subject has a peripheral compartment). */
  sg: Float64Array;
  ss: Float64Array;
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
  const chains = pks.map((pk) => vitaminKChain(pk, TISSUE_PRESET).slice(0, PLASMA_STATES));
  const modes: Disposition[] = pks.map(disposition);
  const twoModes = modes.some((d) => d.slowFraction > 0);
  const invV = Float64Array.from(pks, (pk) => 1 / pk.volumeL);
  const cache = new Map<number, SubjectMatrices>();
  const matricesFor = (dt: number): SubjectMatrices => {
    const key = Math.round(dt * 1e12);
    let m = cache.get(key);
    if (!m) {
      const lane = (): Float64Array => new Float64Array(count);
      m = { gg: lane(), cg: lane(), cc: lane(), sg: lane(), ss: lane() };
      for (let s = 0; s < count; s++) {
        // Row-major rows gut, fast mode, slow mode.
        const phi = transitionMatrix(chains[s]!, dt);
        m.gg[s] = phi[0]!;
        m.cg[s] = phi[3]!;
        m.cc[s] = phi[4]!;
        m.sg[s] = phi[6]!;
        m.ss[s] = phi[8]!;
      }
      cache.set(key, m);
    }
    return m;
  };

  // Gut amount and the fast and slow parts of the plasma level, all per litre of V (ng/mL from µg/L).
  const g = new Float64Array(count);
  const c = new Float64Array(count);
  const slow = new Float64Array(count);
  const dosedPerV = new Float64Array(count);
  const cmax = new Float64Array(count);
  const queried: Float64Array[] = [];
  const advance = (dt: number): void => {
    if (dt > 0) stepAll(matricesFor(dt), g, c, twoModes ? slow : null, count, null, 0, null);
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
        queried.push(Float64Array.from(c, (level, s) => level + slow[s]!));
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
      stepAll(step, g, c, twoModes ? slow : null, count, out, base, cmax);
    } else {
      // Every event in (now, t], then the rest of the way to t.
      eventsUpTo(t);
      advance(t - now);
      for (let s = 0; s < count; s++) {
        const level = c[s]! + slow[s]!;
        out[base + s] = level;
        if (level > cmax[s]!) cmax[s] = level;
      }
    }
    now = t;
  }
  // AUC by mass balance, exact in exact arithmetic: each mode gets its share of what left the gut and decays at
  // its own rate, so ∫ mode dt = (share × (dosed - gut) - mode at the end) / rate. With one compartment that is
  // (dosed - gut - plasma) / ke: what entered and is neither in the gut nor in plasma was eliminated. Rounding
  // error is about 1e-16 × (dose / V) / rate in absolute terms, far below the last printed digit; this saves a
  // running integral in the inner loop.
  const aucNgHPerMl = Float64Array.from(modes, (d, s) => {
    const absorbed = dosedPerV[s]! - g[s]!;
    const fastPart = (d.fastFraction * absorbed - c[s]!) / d.alphaPerH;
    return d.slowFraction > 0 ? fastPart + (d.slowFraction * absorbed - slow[s]!) / d.betaPerH : fastPart;
  });
  // Queries after the last grid time (none expected) still get an answer.
  eventsUpTo(Infinity);
  return { aucNgHPerMl, cmaxNgPerMl: cmax, queried };
}

/**
 * One step of every subject: gut and plasma through each subject's matrix; with `out`, the new levels are written
 * at out[base + s] and Cmax is updated. `slow` is the slow mode's lane, or null when every subject has one
 * compartment (then the two-state loops below run, as fast as before the slow mode existed). Top-level with its
 * arrays as arguments (not a closure over them), so V8 keeps them in registers in this, the innermost loop.
 */
function stepAll(
  m: SubjectMatrices,
  g: Float64Array,
  c: Float64Array,
  slow: Float64Array | null,
  count: number,
  out: Float64Array | null,
  base: number,
  cmax: Float64Array | null,
): void {
  if (slow !== null) {
    stepAllTwoModes(m, g, c, slow, count, out, base, cmax);
    return;
  }
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

/** `stepAll` with the slow mode: the plasma level is the sum of the fast and slow lanes. */
function stepAllTwoModes(
  m: SubjectMatrices,
  g: Float64Array,
  c: Float64Array,
  slow: Float64Array,
  count: number,
  out: Float64Array | null,
  base: number,
  cmax: Float64Array | null,
): void {
  const { gg, cg, cc, sg, ss } = m;
  for (let s = 0; s < count; s++) {
    const gs = g[s]!;
    g[s] = gg[s]! * gs;
    const fast = cg[s]! * gs + cc[s]! * c[s]!;
    const slowLevel = sg[s]! * gs + ss[s]! * slow[s]!;
    c[s] = fast;
    slow[s] = slowLevel;
    if (out !== null && cmax !== null) {
      const level = fast + slowLevel;
      out[base + s] = level;
      if (level > cmax[s]!) cmax[s] = level;
    }
  }
}
