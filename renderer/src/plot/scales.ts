import { peakIndex } from './peaks';
import { scaleLinear, scaleLog } from 'd3-scale';
import { logAxisFloor, type ViewSeries } from '../../../sim';

/** A value or time axis: domain, tick values and whether it is logarithmic. */
export interface Axis {
  domain: readonly [number, number];
  ticks: readonly number[];
  log: boolean;
}

/** Linear ticks wanted on a value axis: d3 picks 1, 2 or 5 × 10^n steps near this count. */
const VALUE_TICKS = 5;

/** Top of a linear axis from 0: d3's nice() rounding of [0, max]. */
export function niceTop(max: number): number {
  if (!(max > 0)) return 1;
  return scaleLinear().domain([0, max]).nice(VALUE_TICKS).domain()[1]!;
}

/** A linear axis [0, top] (top already nice), with d3's ticks. */
export function linearAxis(top: number, bottom = 0): Axis {
  const s = scaleLinear().domain([bottom, top]);
  return { domain: [bottom, top], ticks: s.ticks(VALUE_TICKS), log: false };
}

/** The decade at or above `max`. */
export function decadeTop(max: number): number {
  return max > 0 ? 10 ** Math.ceil(Math.log10(max) - 1e-12) : 1;
}

/**
 * A log axis from `floor` to `top` (both powers of ten): a tick at every decade, or every second or third
 * (counted from the floor) when there are many, so labels never crowd.
 */
export function logAxis(floor: number, top: number): Axis {
  const decades = scaleLog()
    .domain([floor, top])
    .ticks()
    .filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9);
  const every = Math.ceil(decades.length / 7);
  // Counted up from the floor, so the floor (where values below it are drawn) is always labelled.
  const floor10 = Math.round(Math.log10(floor));
  return {
    domain: [floor, top],
    ticks: decades.filter((t) => (Math.round(Math.log10(t)) - floor10) % every === 0),
    log: true,
  };
}

/** Highest value of an array (0 when none above 0), from its peak (found once per array, or sent by the worker). */
function arrayMax(values: Float64Array): number {
  const top = values[peakIndex(values)];
  return top !== undefined && top > 0 ? top : 0;
}

/** Highest value of the given series (0 when none). */
export function seriesMax(series: readonly Pick<ViewSeries, 'values'>[]): number {
  let max = 0;
  for (const s of series) max = Math.max(max, arrayMax(s.values));
  return max;
}

/**
 * The plasma value axis, the same on screen, projector and export: linear from 0 to d3's nice top, or log from
 * sim's `logAxisFloor` (two decades below the lowest visible peak) to the decade above the highest value.
 */
export function plasmaAxis(series: readonly ViewSeries[], scale: 'linear' | 'log', top?: number): Axis {
  const max = seriesMax(series);
  if (scale === 'log') return logAxis(logAxisFloor(series), top ?? decadeTop(max));
  return linearAxis(top ?? niceTop(max));
}

/** The tissue axis: carboxylated %, from 30 to 100 (the model's baselines are above 30%). */
export const TISSUE_AXIS: Axis = linearAxis(100, 30);

/** Time ticks in days over [0, horizon]: d3's steps, about one per `pxPerTick` of plot width. */
export function timeAxis(horizonDays: number, plotWidthPx: number, pxPerTick = 90): Axis {
  const count = Math.max(2, Math.min(10, Math.floor(plotWidthPx / pxPerTick)));
  return { domain: [0, horizonDays], ticks: scaleLinear().domain([0, horizonDays]).ticks(count), log: false };
}

/** Maps a value to a pixel in [from, to] along an axis (log axes clamp at their floor). */
export function axisScale(axis: Axis, from: number, to: number): (v: number) => number {
  if (axis.log) {
    const s = scaleLog()
      .domain([...axis.domain])
      .range([from, to])
      .clamp(false);
    const floor = axis.domain[0];
    return (v) => s(v > floor ? v : floor);
  }
  return linearMap(axis.domain[0], axis.domain[1], from, to);
}

/**
 * d3's scaleLinear().domain([d0, d1]).range([r0, r1]) (unclamped) with d3's own arithmetic, so every pixel is
 * the same: t = (v - d0) / (d1 - d0), then r0 × (1 − t) + r1 × t (d3-interpolate's number interpolator). A
 * plain closure: d3's generic scale call was a third of drawing a curve's thousand points.
 */
function linearMap(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  // d3 normalises a descending domain from its lower end with the range swapped.
  const [lo, hi, a, b] = d1 < d0 ? [d1, d0, r1, r0] : [d0, d1, r0, r1];
  const span = hi - lo;
  if (!span) return (v) => (Number.isNaN(v) ? NaN : a * (1 - 0.5) + b * 0.5);
  return (v) => {
    const t = (v - lo) / span;
    return a * (1 - t) + b * t;
  };
}
