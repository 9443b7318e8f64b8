import { expDividedDifference } from '../math/dividedDifference';

/**
 * A linear compartment system shaped as a directed acyclic graph: each compartment i obeys
 *   dx_i/dt = sum over its parents p of transfer_(p->i) * x_p - rate_i * x_i.
 * Such a system has the exact solution x(t + dt) = Phi(dt) x(t), where Phi[j][i] is the sum over every path
 * i -> j of (product of transfers on the path) * expDividedDifference(rates on the path, dt): the Bateman equation
 * written with divided differences (Bateman 1910; McCurdy, Ng & Parlett 1984), one term per path. A tree (one
 * parent each) has one path per pair; a compartment fed by two parallel paths (the two modes of a two-compartment
 * disposition, model/disposition.ts) gets one term per path.
 */
export interface ChainCompartment {
  rate: number;
  /** Index of the compartment that feeds this one, or -1 for the root. Parents come before children. */
  parent: number;
  transfer: number;
  /** Further parents, each with its own transfer rate (a compartment fed by several others). */
  moreParents?: readonly ChainLink[];
}

export interface ChainLink {
  parent: number;
  transfer: number;
}

/**
 * Transition matrix Phi(dtH) as a dense row-major n x n array (Phi[target * n + source]).
 * @example transitionMatrix([{ rate: 1, parent: -1, transfer: 0 }], 2)[0] // => Math.exp(-2)
 */
export function transitionMatrix(chain: readonly ChainCompartment[], dtH: number): Float64Array {
  const n = chain.length;
  const phi = new Float64Array(n * n);
  const rates: number[] = [];
  // Walk every path from the target up towards the roots, collecting the rates and transfers on the way.
  const walk = (target: number, node: number, coefficient: number): void => {
    rates.push(chain[node]!.rate);
    phi[target * n + node] = phi[target * n + node]! + coefficient * expDividedDifference(rates, dtH);
    const c = chain[node]!;
    if (c.parent >= 0 && c.transfer !== 0) walk(target, c.parent, coefficient * c.transfer);
    for (const link of c.moreParents ?? []) {
      if (link.transfer !== 0) walk(target, link.parent, coefficient * link.transfer);
    }
    rates.pop();
  };
  for (let target = 0; target < n; target++) walk(target, target, 1);
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

/**
 * One column of Phi(dt): where a unit amount put into compartment `source` is dt later, Phi[j][source] for
 * every j. The same Bateman path sum as transitionMatrix (Bateman 1910, divided differences after McCurdy, Ng
 * & Parlett 1984), restricted to the paths leaving `source`, walked once at construction: a dose between two
 * grid points needs only its gut column (7 divided differences for the vitamin K chain) instead of two whole
 * fresh matrices, whatever its offset, so irregular doses cost no matrix builds and no cache to thrash.
 * @example new TransitionColumn([{ rate: 1, parent: -1, transfer: 0 }], 0).at(2)[0] // => Math.exp(-2)
 */
export class TransitionColumn {
  private readonly targets: number[] = [];
  private readonly coefficients: number[] = [];
  private readonly rates: number[][] = [];
  private readonly column: Float64Array;

  constructor(chain: readonly ChainCompartment[], source: number) {
    this.column = new Float64Array(chain.length);
    const children = chain.map(() => [] as ChainLink[]);
    chain.forEach((c, child) => {
      if (c.parent >= 0 && c.transfer !== 0)
        children[c.parent]!.push({ parent: child, transfer: c.transfer });
      for (const link of c.moreParents ?? []) {
        if (link.transfer !== 0) children[link.parent]!.push({ parent: child, transfer: link.transfer });
      }
    });
    const path: number[] = [];
    const walk = (node: number, coefficient: number): void => {
      path.push(chain[node]!.rate);
      this.targets.push(node);
      this.coefficients.push(coefficient);
      this.rates.push([...path]);
      // `parent` holds the child here: the links are read downwards.
      for (const link of children[node]!) walk(link.parent, coefficient * link.transfer);
      path.pop();
    };
    walk(source, 1);
  }

  /** Phi(dtH)[*][source]; the array is reused by the next call. */
  at(dtH: number): Float64Array {
    const column = this.column;
    column.fill(0);
    for (let k = 0; k < this.targets.length; k++) {
      const j = this.targets[k]!;
      column[j] = column[j]! + this.coefficients[k]! * expDividedDifference(this.rates[k]!, dtH);
    }
    return column;
  }
}
