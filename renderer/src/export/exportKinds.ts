import type { FigureOptions } from './figureSpec';
import type { Density, SizePresetId } from './presets';

/**
 * What the Export menu offers and the options it passes: small and free of the export code itself, so the menu
 * and the first screen load without react-dom/server and the figure (loadExport brings those on first use).
 */
export type ExportKind =
  'png' | 'svg' | 'csv' | 'parameters' | 'copy' | 'sensitivity-png' | 'sensitivity-svg';

export interface ExportOptions {
  preset: SizePresetId;
  density: Density;
  /** Panels, title and footer; DEFAULT_FIGURE_OPTIONS when not given. */
  figure?: FigureOptions;
  /** Include "variation between people" (the bands on screen): in the figure and as CSV columns. */
  population?: boolean;
  /** The regimen of the sensitivity (tornado) chart, as chosen in its section; default its first choice. */
  sensitivityRegimen?: number | null;
}
