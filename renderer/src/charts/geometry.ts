/**
 * Fixed chart geometry, so the plot area is known without asking recharts: the HTML dose buttons sit
 * exactly over the SVG markers, and every chart has the same left edge for its plot.
 */
export interface ChartGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  yAxisWidth: number;
  xAxisHeight: number;
}

export function plotArea(g: ChartGeometry): { left: number; top: number; width: number; height: number } {
  const left = g.margin.left + g.yAxisWidth;
  const top = g.margin.top;
  return {
    left,
    top,
    width: Math.max(1, g.width - left - g.margin.right),
    height: Math.max(1, g.height - top - g.margin.bottom - g.xAxisHeight),
  };
}

/** Pixel x of time `tDays` on a plot spanning [0, horizonDays]. */
export function xOf(g: ChartGeometry, tDays: number, horizonDays: number): number {
  const p = plotArea(g);
  return p.left + (tDays / horizonDays) * p.width;
}

/** Tick font sizes chosen for a projector at 1280x720: never below 13 px. */
export const TICK_FONT_PX = 14;
export const AXIS_LABEL_FONT_PX = 15;
export const LEGEND_FONT_PX = 14;
