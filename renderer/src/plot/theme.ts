import type { CompoundId } from '../../../sim';
import { COMPOUND_COLORS, GRID, INK, MUTED_INK } from '../theme/palette';

/**
 * How a chart looks where it is shown. One kit draws every chart; a theme only sets sizes and colours:
 * - screen: the app window;
 * - projector: presentation mode, scaled with the screen (1 at 1920 px wide);
 * - export-slide: a 960 × 540 slide (PNG at 2x is full HD);
 * - export-print: a figure for a paper, with tick labels that stay >= 7 pt when placed 8.5 cm wide.
 */
export type PlotThemeId = 'screen' | 'projector' | 'export-slide' | 'export-print';

export interface PlotTheme {
  id: PlotThemeId;
  fontFamily: string;
  tickFontPx: number;
  axisTitleFontPx: number;
  legendFontPx: number;
  lineWidthPx: number;
  /** A dashed curve's width as a share of lineWidthPx: thinner on screen and paper, full on the projector. */
  dashedLineShare: number;
  axisWidthPx: number;
  /** Dose marker half-width (px). */
  markerPx: number;
  /** Multiplies dash patterns so they read at this line width. */
  dashScale: number;
  ink: string;
  muted: string;
  grid: string;
  axis: string;
  background: string;
}

/** Generic families only: an exported SVG must not depend on a web font. */
export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const SCREEN: PlotTheme = {
  id: 'screen',
  fontFamily: FONT_FAMILY,
  tickFontPx: 14,
  axisTitleFontPx: 15,
  legendFontPx: 14,
  lineWidthPx: 2.75,
  dashedLineShare: 0.85,
  axisWidthPx: 1,
  markerPx: 6,
  dashScale: 1,
  ink: INK,
  muted: MUTED_INK,
  grid: GRID,
  axis: '#333a48',
  background: '#ffffff',
};

/** Projector: large type and thick lines for a washed-out screen; `scale` is 1 at 1920 px wide. */
export function projectorTheme(scale: number): PlotTheme {
  const px = (v: number) => Math.round(v * scale);
  return {
    ...SCREEN,
    id: 'projector',
    tickFontPx: Math.max(13, px(28)),
    axisTitleFontPx: Math.max(14, px(30)),
    legendFontPx: Math.max(13, px(28)),
    lineWidthPx: Math.max(3, 5 * scale),
    // Every curve at least 4 px wide from the back of a classroom, dashed ones too.
    dashedLineShare: 1,
    axisWidthPx: Math.max(2, 3 * scale),
    markerPx: Math.max(6, px(10)),
    dashScale: Math.max(1.5, 2.6 * scale),
    ink: '#111111',
    muted: '#333333',
    grid: '#c8c8c8',
    axis: '#111111',
  };
}

/**
 * Slide: 960 × 540 layout px. The smallest text (tick labels, footer) is 18 px, 3.3% of the height: 18 pt on a
 * 7.5-inch-high slide, the size slide guides give as the least a back row reads (12 px was 2.2%).
 */
export const EXPORT_SLIDE_THEME: PlotTheme = {
  ...SCREEN,
  id: 'export-slide',
  tickFontPx: 18,
  axisTitleFontPx: 19,
  legendFontPx: 18,
  lineWidthPx: 2.75,
  markerPx: 7,
  dashScale: 1.2,
};

/**
 * Print: a single-column figure laid out 800 px wide (the print preset). Placed 8.5 cm (241 pt) wide on a
 * page, 24 px tick labels are 24 / 800 × 241 = 7.2 pt (`placedFontPt`), above the 7 pt journals ask for.
 */
export const EXPORT_PRINT_THEME: PlotTheme = {
  ...SCREEN,
  id: 'export-print',
  tickFontPx: 24,
  axisTitleFontPx: 25,
  legendFontPx: 24,
  lineWidthPx: 3.5,
  axisWidthPx: 1.5,
  markerPx: 8,
  dashScale: 1.6,
};

export const PLOT_THEMES: Record<Exclude<PlotThemeId, 'projector'>, PlotTheme> = {
  screen: SCREEN,
  'export-slide': EXPORT_SLIDE_THEME,
  'export-print': EXPORT_PRINT_THEME,
};

/** 1 cm in typographic points (72 pt per inch, 2.54 cm per inch). */
export const PT_PER_CM = 72 / 2.54;

/** Size in pt of text `fontPx` tall in a figure `figureWidthPx` wide, placed `placedWidthCm` wide on a page. */
export function placedFontPt(fontPx: number, figureWidthPx: number, placedWidthCm: number): number {
  return (fontPx / figureWidthPx) * placedWidthCm * PT_PER_CM;
}

/**
 * Colours of the chart's annotations (observation bands, plateau band, threshold, half-life bracket, observations,
 * time cursor) on the white ground every theme has: dark enough on white, distinct from the compound colours.
 */
export const ANNOTATION = {
  ink: '#222222',
  widthPx: 4,
  thresholdFill: 'rgba(0, 114, 178, 0.16)',
  plateauFill: 'rgba(17, 17, 17, 0.10)',
  observation: '#000000',
  observationBand: 'rgba(204, 121, 167, 0.28)',
  observationBandEdge: '#CC79A7',
  /** The first dose alone, drawn faintly behind the curves. */
  ghost: '#666666',
} as const;

/** Spare Okabe-Ito colours for a second or third regimen of the same compound. */
const SPARE_COLORS: Record<CompoundId, readonly string[]> = {
  mk7: ['#56B4E9', '#000000'],
  mk4: ['#E69F00', '#CC79A7'],
  k1: ['#F0E442', '#000000'],
};

/** A marker drawn along a curve and in its legend swatch. */
export type MarkerShape = 'circle' | 'triangle' | 'square';

/**
 * Each compound's own dash and marker besides its colour, so a black-and-white print (where the three colours
 * turn nearly the same grey) and tritanopia (MK-7's blue and K1's yellow-green) still tell them apart:
 * MK-7 solid with circles, MK-4 long dashes with triangles, K1 dash-dot with squares.
 */
export const COMPOUND_STYLE: Record<CompoundId, { dash: string; marker: MarkerShape }> = {
  mk7: { dash: '', marker: 'circle' },
  mk4: { dash: '11 4', marker: 'triangle' },
  k1: { dash: '9 3 2 3', marker: 'square' },
};

/**
 * Dash patterns (at dashScale 1): the no-fat twin (short dashes, unlike every compound's own pattern; its
 * markers are hollow), later regimens of the same compound, and the artery curve of the tissue panel.
 */
export const DASH = {
  noFat: '3 3',
  laterRegimen: ['6 2 2 2 2 2', '1.5 3'],
  artery: '2 4',
} as const;

/** Curve markers sit about this far apart (px at the theme's size), each compound shifted by a third. */
export const CURVE_MARKER_SPACING_EM = 6;

/** Colour of a regimen: its compound's, then spare colour-blind-safe ones for later regimens of that compound. */
export function regimenColor(compound: CompoundId, ordinalInCompound: number): string {
  if (ordinalInCompound === 0) return COMPOUND_COLORS[compound];
  const spare = SPARE_COLORS[compound];
  return spare[(ordinalInCompound - 1) % spare.length]!;
}

/** A dash pattern scaled for a theme; '' stays solid. */
export function scaleDash(dash: string, theme: PlotTheme): string {
  if (!dash) return '';
  return dash
    .split(/\s+/)
    .map((d) => String(Math.round(Number(d) * theme.dashScale * 10) / 10))
    .join(' ');
}
