import { INK } from '../theme/palette';
import { area as d3Area, line as d3Line } from 'd3-shape';

/** One time point of a band as drawn: time in days, the five percentiles in display units. */
export interface BandPoint {
  t: number;
  p05: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
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

/** Dash pattern of the median's legend sample (dotted, so it is not mistaken for the typical person's solid curve). */
export const MEDIAN_DASH = '1.5 3';

/** The median's colour: dark ink, not the regimen's, so it shows on the typical person's curve of that colour. */
export const MEDIAN_INK = INK;

/**
 * The median as round dots (zero-length dashes, round caps) over a white ring each, drawn over the curves: where
 * the median lies on the typical person's line the dots show on it, ringed in white, and the line shows between
 * them; where they part, the dots sit on the band. Sizes in px from the chart's line width.
 */
export function medianDots(lineWidthPx: number): { dotPx: number; ringPx: number; dash: string } {
  const dotPx = Math.max(2, lineWidthPx * 0.7);
  const ringPx = dotPx + Math.max(1.5, lineWidthPx * 0.4);
  // Dots a ring and a half apart: the line between them stays visible.
  return { dotPx, ringPx, dash: `0 ${Math.round(ringPx * 2.5 * 10) / 10}` };
}
