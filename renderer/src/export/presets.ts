/**
 * Export sizes. A preset is a layout size in CSS pixels; the pixel density multiplies it for PNG.
 * - slide: 960 × 540 (16:9). At the default 2x density the PNG is exactly 1920 × 1080, a full-HD slide;
 *   4x gives 3840 × 2160 (4K).
 * - print: 1600 × 1000 (16:10), the same design with more room. At 2x the PNG is 3200 × 2000 px, which
 *   at 300 dpi prints 27.1 × 16.9 cm: it fits an A4 landscape page (29.7 × 21 cm) with margins, and the
 *   file records 300 dpi so word processors place it at that size.
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
}

export const SIZE_PRESETS: Record<SizePresetId, SizePreset> = {
  slide: { id: 'slide', label: 'Slide 16:9', widthPx: 960, heightPx: 540, dpiAt1x: 96 },
  print: { id: 'print', label: 'Print (A4 landscape)', widthPx: 1600, heightPx: 1000, dpiAt1x: 150 },
};

export const DENSITIES: readonly Density[] = [1, 2, 4];
export const DEFAULT_DENSITY: Density = 2;
export const DEFAULT_PRESET: SizePresetId = 'slide';

export function pngPixelSize(preset: SizePreset, density: Density): { width: number; height: number } {
  return { width: preset.widthPx * density, height: preset.heightPx * density };
}
