import { expDividedDifference } from '../math/dividedDifference';

/**
 * A linear compartment system shaped as a tree: each compartment i obeys
 *   dx_i/dt = transfer_i * x_parent(i) - rate_i * x_i
 * (the root has no parent). Such a system has the exact solution x(t + dt) = Phi(dt) x(t), where
 * Phi[j][i] = (product of transfers on the path i -> j) * expDividedDifference(rates on the path, dt),
 * the Bateman equation written with divided differences (Bateman 1910; McCurdy, Ng & Parlett 1984).
 */
export interface ChainCompartment {
  rate: number;
  /** Index of the compartment that feeds this one, or -1 for the root. Parents come before children. */
  parent: number;
  transfer: number;
}

/**
 * Transition matrix Phi(dtH) as a dense row-major n x n array (Phi[target * n + source]).
 * @example transitionMatrix([{ rate: 1, parent: -1, transfer: 0 }], 2)[0] === Math.exp(-2)
 */
export function transitionMatrix(chain: readonly ChainCompartment[], dtH: number): Float64Array {
  const n = chain.length;
  const phi = new Float64Array(n * n);
  for (let target = 0; target < n; target++) {
    // Walk from the target up to the root, collecting the rates and transfers on the way.
    const rates: number[] = [chain[target]!.rate];
    let coefficient = 1;
    let node = target;
    phi[target * n + target] = Math.exp(-chain[target]!.rate * dtH);
    while (chain[node]!.parent >= 0) {
      coefficient *= chain[node]!.transfer;
      node = chain[node]!.parent;
      rates.push(chain[node]!.rate);
      phi[target * n + node] = coefficient * expDividedDifference(rates, dtH);
    }
  }
  return phi;
}

/** x <- Phi x, in place, for a lower-triangular Phi (parents come before children). */
export function applyTransition(phi: Float64Array, x: Float64Array): void {
  const n = x.length;
  for (let target = n - 1; target >= 0; target--) {
    let sum = 0;
    for (let source = 0; source <= target; source++) sum += phi[target * n + source]! * x[source]!;
    x[target] = sum;
  }
}
