/** Axis ticks for exported figures: "nice" steps (1, 2, 2.5, 5 × 10^k) on linear axes, decades on log axes. */

export interface AxisScale {
  min: number;
  max: number;
  ticks: number[];
}

/** Linear axis from 0 (or min) to a nice maximum at or above `max`, with about `count` ticks. */
export function linearScale(min: number, max: number, count = 5): AxisScale {
  if (!(max > min)) max = min + 1;
  const raw = (max - min) / count;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const lo = Math.floor(min / step + 1e-9) * step;
  const hi = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step * 1e-9; v += step) ticks.push(roundTo(v, step));
  return { min: lo, max: hi, ticks };
}

/**
 * Log axis covering [min, max] in whole decades, at most `maxDecades` below the top (values far below
 * the peak are not informative on a concentration chart and would squash the curves).
 */
export function logScale(minPositive: number, max: number, maxDecades = 5): AxisScale {
  const top = Math.ceil(Math.log10(max > 0 ? max : 1) - 1e-9);
  const floorValue = minPositive > 0 && Number.isFinite(minPositive) ? minPositive : Math.pow(10, top - 3);
  const bottom = Math.max(top - maxDecades, Math.floor(Math.log10(floorValue) + 1e-9));
  const lo = Math.min(bottom, top - 1);
  const ticks: number[] = [];
  for (let e = lo; e <= top; e++) ticks.push(Number(`1e${e}`)); // exact decimal, unlike Math.pow(10, -4)
  return { min: ticks[0]!, max: ticks[ticks.length - 1]!, ticks };
}

/** A time axis ends exactly at the horizon; ticks are nice steps inside it. */
export function timeScale(max: number, count = 5): AxisScale {
  const nice = linearScale(0, max, count);
  const step = nice.ticks.length > 1 ? nice.ticks[1]! - nice.ticks[0]! : max;
  const ticks = nice.ticks.filter((t) => t <= max + step * 1e-6);
  return { min: 0, max, ticks };
}

function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(value.toFixed(decimals));
}

/** Tick label: "0", "0.5", "2.5", "1,000", "0.001", "1e-6" (a decimal point whatever the locale). */
export function formatTick(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs < 1e-5 || abs >= 1e7) return value.toExponential(0).replace('e+', 'e');
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}
