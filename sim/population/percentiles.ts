/**
 * Percentile of sorted data by linear interpolation between order statistics (Hyndman & Fan 1996, Am Stat
 * 50:361, definition 7, the default of R and NumPy): h = (n - 1) p, value = x[floor h] + (h - floor h)(x[ceil h] - x[floor h]).
 * @example percentileOfSorted(Float64Array.of(1, 2, 3, 4), 0.5) === 2.5
 */
export function percentileOfSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Spread of one per-subject number: percentiles, mean, and CV = SD / mean (a fraction, sample SD). */
export interface Spread {
  p05: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
  mean: number;
  /** Coefficient of variation, SD / mean, as a fraction; null when the mean is 0. */
  cv: number | null;
}

/**
 * Percentiles, mean and CV of a sample.
 * @example spreadOf(Float64Array.of(1, 2, 3)).p50 === 2
 */
export function spreadOf(values: Float64Array): Spread {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (sorted[i]! - mean) ** 2;
  const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  return {
    p05: percentileOfSorted(sorted, 0.05),
    p25: percentileOfSorted(sorted, 0.25),
    p50: percentileOfSorted(sorted, 0.5),
    p75: percentileOfSorted(sorted, 0.75),
    p95: percentileOfSorted(sorted, 0.95),
    mean,
    cv: mean !== 0 ? sd / mean : null,
  };
}

/**
 * Rearranges `values` in place so that each position in `ranks` (sorted ascending) holds the value a full sort
 * would put there: multiple quickselect (Hoare 1961, "Algorithm 65: Find", CACM 4:321), recursing only into the
 * parts that contain a wanted rank. Expected O(n log(ranks)) instead of a full sort's O(n log n).
 * @example const v = Float64Array.of(5, 1, 4, 2, 3); selectRanks(v, [2]); v[2] === 3
 */
export function selectRanks(values: Float64Array, ranks: readonly number[]): void {
  const stack: number[] = [0, values.length - 1, 0, ranks.length - 1];
  while (stack.length > 0) {
    const rHi = stack.pop()!;
    const rLo = stack.pop()!;
    const hi = stack.pop()!;
    const lo = stack.pop()!;
    if (rLo > rHi || lo >= hi) continue;
    if (hi - lo < 24) {
      // Short segments: insertion sort beats further partitioning.
      for (let a = lo + 1; a <= hi; a++) {
        const v = values[a]!;
        let b = a - 1;
        while (b >= lo && values[b]! > v) {
          values[b + 1] = values[b]!;
          b--;
        }
        values[b + 1] = v;
      }
      continue;
    }
    // Partition around the median of three (Sedgewick 1978); values equal to the pivot may go either way.
    const mid = (lo + hi) >>> 1;
    const a = values[lo]!;
    const b = values[mid]!;
    const c = values[hi]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    // Now [lo, j] <= pivot <= [i, hi], and every position strictly between j and i holds the pivot.
    let split = rLo;
    while (split <= rHi && ranks[split]! <= j) split++;
    stack.push(lo, j, rLo, split - 1);
    let right = split;
    while (right <= rHi && ranks[right]! < i) right++;
    stack.push(i, hi, right, rHi);
  }
}

/** The order statistics type-7 percentiles at `ps` need (floor and floor + 1 of (n - 1) p), sorted and unique. */
export function ranksFor(count: number, ps: readonly number[]): number[] {
  const ranks = new Set<number>();
  for (const p of ps) {
    const h = Math.floor((count - 1) * p);
    ranks.add(h);
    ranks.add(Math.min(count - 1, h + 1));
  }
  return [...ranks].sort((x, y) => x - y);
}

/**
 * Type-7 percentile after `selectRanks(values, ranksFor(values.length, [p, ...]))`: reads only the two order
 * statistics it needs, which the selection has put in place.
 */
export function percentileOfSelected(selected: Float64Array, p: number): number {
  return percentileOfSorted(selected, p);
}
