/**
 * Divided differences of the exponential, computed without cancellation.
 *
 * `expDividedDifference(nodes, t)` returns (-1)^(n-1) * f[x0, ..., x(n-1)] for f(x) = exp(-x t),
 * which is always >= 0. It is the building block of every closed-form solution of a linear
 * compartment chain (the Bateman equation): a chain with rates x0 -> x1 -> ... carries a unit
 * amount from its first compartment to its last as prod(transfer rates) * expDividedDifference(rates, t).
 *
 * The textbook recursion (f[x1..xn] - f[x0..xn-1]) / (xn - x0) loses every digit when the rates are
 * close (ka close to ke, the classic "flip-flop" limit). Following McCurdy, Ng & Parlett (1984),
 * "Accurate computation of divided differences of the exponential function", Math. Comp. 43:501-528,
 * we switch to a Taylor series about the smallest node when the nodes span less than 1 / t.
 *
 * The second example is the ka == ke limit, t exp(-k t).
 * @example expDividedDifference([0.5], 2) // => Math.exp(-1)
 * @example expDividedDifference([1, 1], 2) // => 2 * Math.exp(-2)
 */
export function expDividedDifference(nodes: readonly number[], t: number): number {
  const sorted = [...nodes].sort((a, b) => a - b);
  return sortedDividedDifference(sorted, 0, sorted.length - 1, t);
}

/** Spread (in units of 1/t) below which the Taylor series is used instead of the recursion. */
const TAYLOR_SPREAD = 1;

function sortedDividedDifference(x: readonly number[], lo: number, hi: number, t: number): number {
  const first = x[lo]!;
  if (lo === hi) return Math.exp(-first * t);
  const spread = (x[hi]! - first) * t;
  if (spread < TAYLOR_SPREAD) return taylorDividedDifference(x, lo, hi, t);
  if (hi - lo === 1) {
    // Two nodes: (e^{-a t} - e^{-b t}) / (b - a) = t e^{-a t} (1 - e^{-d}) / d with d = (b - a) t.
    return (t * Math.exp(-first * t) * -Math.expm1(-spread)) / spread;
  }
  const upper = sortedDividedDifference(x, lo + 1, hi, t);
  const lower = sortedDividedDifference(x, lo, hi - 1, t);
  // Sign convention (-1)^(n-1) f[...] turns the textbook difference around.
  return (lower - upper) / (x[hi]! - first);
}

/**
 * Taylor series about the smallest node a:
 * (-1)^(n-1) f[x0..x(n-1)] = e^{-a t} t^(n-1) sum_{m>=0} (-t)^m h_m(d1..d(n-1)) / (m + n - 1)!
 * where d_i = x_i - a and h_m is the complete homogeneous symmetric polynomial of degree m.
 */
function taylorDividedDifference(x: readonly number[], lo: number, hi: number, t: number): number {
  const a = x[lo]!;
  const order = hi - lo; // n - 1
  const scaled: number[] = [];
  for (let i = lo + 1; i <= hi; i++) scaled.push((x[i]! - a) * t);
  // h_m term by term, one variable at a time: h_m(d1..dk) = h_m(d1..dk-1) + dk h_(m-1)(d1..dk), so only
  // h_(m-1) of each prefix is kept (no table of terms, and the loop stops when the terms do).
  const previous = new Array<number>(order).fill(0);
  const maxTerms = 40;
  let factorial = 1;
  for (let k = 2; k <= order; k++) factorial *= k;
  let sum = 0;
  let sign = 1;
  let denominator = factorial;
  for (let m = 0; m < maxTerms; m++) {
    let h = m === 0 ? 1 : 0; // h_m of no variables
    for (let k = 0; k < order; k++) {
      h += scaled[k]! * previous[k]!;
      previous[k] = h;
    }
    const term = (sign * h) / denominator;
    sum += term;
    if (m > 4 && Math.abs(term) < 1e-18 * Math.abs(sum)) break;
    sign = -sign;
    denominator *= m + order + 1;
  }
  return Math.exp(-a * t) * Math.pow(t, order) * sum;
}
