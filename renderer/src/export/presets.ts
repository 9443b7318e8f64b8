import { EXPORT_PRINT_THEME, EXPORT_SLIDE_THEME, type PlotTheme } from '../plot/theme';

/**
 * Export sizes. A preset is a layout size in CSS pixels and the chart theme drawn at it; the pixel density
 * multiplies it for PNG.
 * - slide: 960 × 540 (16:9). At the default 2x density the PNG is 1920 × 1080, a full-HD slide.
 * - print: 800 × 800, a single-column journal figure (8.5 × 8.5 cm: at 800 × 600 the title, legend, dose rows and
 *   axes at 7.2 pt left a plot under 50 px tall). The PNG records 239 dpi at 1x (478 dpi at 2x), so a
 *   word processor places it 8.5 cm wide, where its 24 px tick labels are 7.2 pt (see EXPORT_PRINT_THEME).
 * The SVG uses the layout size as its width, height and viewBox.
 */
export type SizePresetId = 'slide' | 'print';
export type Density = 1 | 2 | 4;

export interface SizePreset {
  id: SizePresetId;
  label: string;
  widthPx: number;
  heightPx: number;
  /** Dots per inch recorded in the PNG at 1x; multiplied by the density (print at 2x: 300 dpi). */
  dpiAt1x: number;
  theme: PlotTheme;
}

/** 800 px over 8.5 cm: 800 / (8.5 / 2.54) = 239 dpi. */
export const PRINT_PLACED_WIDTH_CM = 8.5;
const PRINT_DPI_AT_1X = Math.round(800 / (PRINT_PLACED_WIDTH_CM / 2.54));

export const SIZE_PRESETS: Record<SizePresetId, SizePreset> = {
  slide: {
    id: 'slide',
    label: 'Slide 16:9',
    widthPx: 960,
    heightPx: 540,
    dpiAt1x: 96,
    theme: EXPORT_SLIDE_THEME,
  },
  print: {
    id: 'print',
    label: 'Print (8.5 cm column)',
    widthPx: 800,
    heightPx: 800,
    dpiAt1x: PRINT_DPI_AT_1X,
    theme: EXPORT_PRINT_THEME,
  },
};

export const DENSITIES: readonly Density[] = [1, 2, 4];
export const DEFAULT_DENSITY: Density = 2;
export const DEFAULT_PRESET: SizePresetId = 'slide';

export function pngPixelSize(preset: SizePreset, density: Density): { width: number; height: number } {
  return { width: preset.widthPx * density, height: preset.heightPx * density };
}
