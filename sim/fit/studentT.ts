/**
 * Student's t distribution, enough for confidence intervals: the density from the log-gamma function
 * (Lanczos approximation, g = 7, 9 terms; Numerical Recipes 3rd ed. §6.1) and the quantile by bisection on
 * the CDF, itself Simpson's rule on the density.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0. @example Math.exp(logGamma(5)).toFixed(9) // => '24.000000000' */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Density of Student's t with ν degrees of freedom: Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) (1 + t²/ν)^(-(ν+1)/2). */
export function studentTDensity(t: number, df: number): number {
  const logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** P(T <= t) for t >= 0: 1/2 plus the density integrated from 0 by Simpson's rule (4000 panels). */
function cdfNonNegative(t: number, df: number): number {
  const n = 4000;
  const h = t / n;
  let sum = studentTDensity(0, df) + studentTDensity(t, df);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * studentTDensity(i * h, df);
  return 0.5 + (sum * h) / 3;
}

/**
 * The two-sided critical value t such that P(|T| <= t) = level, e.g. 0.95.
 * @example studentTCritical(10, 0.95).toFixed(3) // => '2.228'
 */
export function studentTCritical(df: number, level = 0.95): number {
  if (!(df > 0)) throw new RangeError('degrees of freedom must be positive');
  const key = `${df}/${level}`;
  const known = criticalCache.get(key);
  if (known !== undefined) return known;
  const target = 0.5 + level / 2;
  let lo = 0;
  let hi = 1;
  while (cdfNonNegative(hi, df) < target) hi *= 2;
  for (let i = 0; i < 60 && hi - lo > 1e-7; i++) {
    const mid = (lo + hi) / 2;
    if (cdfNonNegative(mid, df) < target) lo = mid;
    else hi = mid;
  }
  const t = (lo + hi) / 2;
  criticalCache.set(key, t);
  return t;
}

/** Fits recompute on every edit with the same few degrees of freedom: remember each value. */
const criticalCache = new Map<string, number>();
