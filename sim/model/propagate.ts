import { applyTransition, transitionMatrix, type ChainCompartment } from './linearChain';
import { STATE } from './vitaminKModel';

/** An amount entering the gut compartment: when absorption starts (intake + lag) and how much (F × dose). */
export interface GutInput {
  timeH: number;
  amountUg: number;
}

/**
 * Caches transition matrices by step length. Regular regimens revisit the same few step lengths
 * (grid step, dose offset within a step), so each is computed once.
 */
export class TransitionCache {
  private readonly matrices = new Map<number, Float64Array>();
  constructor(private readonly chain: readonly ChainCompartment[]) {}

  get(dtH: number): Float64Array {
    // Keys rounded to 1e-12 h (4 ns): shorter differences are float noise in dose times, not physics.
    const key = Math.round(dtH * 1e12);
    let phi = this.matrices.get(key);
    if (!phi) {
      phi = transitionMatrix(this.chain, dtH);
      if (this.matrices.size > 64) this.matrices.clear();
      this.matrices.set(key, phi);
    }
    return phi;
  }
}

/**
 * Exact states at arbitrary, sorted query times, propagating from event to event (dose inputs are breakpoints).
 * Cost grows with queries + inputs. Returns one Float64Array (a full state) per query time. `from` starts the
 * propagation at a known state (default: empty at t = 0); inputs before it must be left out by the caller.
 * A query at the same time as an input sees the state after the input.
 */
export function statesAt(
  chain: readonly ChainCompartment[],
  inputs: readonly GutInput[],
  queryTimesH: readonly number[],
  from: { state: Float64Array; timeH: number } = { state: new Float64Array(chain.length), timeH: 0 },
): Float64Array[] {
  const cache = new TransitionCache(chain);
  const state = Float64Array.from(from.state);
  const out: Float64Array[] = [];
  let now = from.timeH;
  let next = 0;
  const advanceTo = (t: number): void => {
    if (t > now) applyTransition(cache.get(t - now), state);
    now = t;
  };
  for (const query of queryTimesH) {
    while (next < inputs.length && inputs[next]!.timeH <= query) {
      advanceTo(Math.max(now, inputs[next]!.timeH));
      state[STATE.gut] = state[STATE.gut]! + inputs[next]!.amountUg;
      next++;
    }
    advanceTo(Math.max(now, query));
    out.push(Float64Array.from(state));
  }
  return out;
}
