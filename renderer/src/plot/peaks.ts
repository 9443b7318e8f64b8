/**
 * Each curve's highest point, found once per values array: the chart's axis top, the table and the change
 * announcer all ask for it, and a heavy view has millions of values (24 regimens at the point cap: 6 million,
 * 0.1-0.2 s a scan on the page). The view's worker finds them with the view and sends them (viewMessage.ts), so
 * the page does not scan again.
 */
const peaks = new WeakMap<Float64Array, number>();

/** Index of the highest value (the first, where it is reached twice; NaN never counts); 0 when there is none. */
export function peakIndex(values: Float64Array): number {
  const known = peaks.get(values);
  if (known !== undefined) return known;
  let best = 0;
  let top = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v > top) {
      top = v;
      best = i;
    }
  }
  peaks.set(values, best);
  return best;
}

/** Keeps the peak the worker found with a series' values. */
export function rememberPeak(values: Float64Array, index: number): void {
  peaks.set(values, index);
}
