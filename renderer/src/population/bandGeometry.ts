import { area as d3Area, line as d3Line } from 'd3-shape';
import { minMaxDownsample } from '../../../sim';
import type { DrawnBands } from './populationBands';

/** One time point of a band as drawn: time in days, the five percentiles in display units. */
export interface BandPoint {
  t: number;
  p05: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/**
 * The points of a regimen's bands to draw: the min-max downsampling of the 95th and 5th percentiles (so the
 * band's outer edges keep their peaks and troughs exactly), merged, in time order. Times in days.
 */
export function bandPoints(b: DrawnBands, buckets = 400): BandPoint[] {
  const keep = new Set([...minMaxDownsample(b.p95, buckets), ...minMaxDownsample(b.p05, buckets)]);
  return [...keep]
    .sort((i, j) => i - j)
    .map((i) => ({
      t: b.timeH[i]! / 24,
      p05: b.p05[i]!,
      p25: b.p25[i]!,
      p50: b.p50[i]!,
      p75: b.p75[i]!,
      p95: b.p95[i]!,
    }));
}

/** Highest 95th percentile over the given bands (0 when none): the value axis must reach it. */
export function bandsMax(bands: readonly DrawnBands[]): number {
  let max = 0;
  for (const b of bands) for (let i = 0; i < b.p95.length; i++) if (b.p95[i]! > max) max = b.p95[i]!;
  return max;
}

/** SVG path data of the area between two percentiles (d3-shape area), values clamped by the y scale. */
export function bandAreaPath(
  points: readonly BandPoint[],
  low: 'p05' | 'p25',
  high: 'p75' | 'p95',
  x: (tDays: number) => number,
  y: (v: number) => number,
): string {
  const round = (v: number) => Math.round(v * 10) / 10;
  return (
    d3Area<BandPoint>()
      .x((p) => round(x(p.t)))
      .y0((p) => round(y(p[low])))
      .y1((p) => round(y(p[high])))
      .defined((p) => Number.isFinite(p[low]) && Number.isFinite(p[high]))(points) ?? ''
  );
}

/** SVG path data of the median line. */
export function medianPath(
  points: readonly BandPoint[],
  x: (tDays: number) => number,
  y: (v: number) => number,
): string {
  const round = (v: number) => Math.round(v * 10) / 10;
  return (
    d3Line<BandPoint>()
      .x((p) => round(x(p.t)))
      .y((p) => round(y(p.p50)))
      .defined((p) => Number.isFinite(p.p50))(points) ?? ''
  );
}

/** Fill opacities of the outer (5-95%) and inner (25-75%) bands: the inner reads darker where both overlap. */
export const BAND_OPACITY = { outer: 0.16, inner: 0.3 } as const;

/** Dash pattern of the median line (dotted, so it is not mistaken for the typical person's solid curve). */
export const MEDIAN_DASH = '1.5 3';
