import type { CompoundId } from '../../../sim';
import { COMPOUND_COLORS, GRID, INK, MUTED_INK, NO_FAT_DASH, TISSUE_DASH } from '../theme/palette';
import type { Quantity } from './exportData';

/**
 * Colours and line styles of exported figures: the charts' own palette (Okabe-Ito, colour-blind safe),
 * dashed for "no fat", the charts' dash patterns for the illustrative tissue curves.
 */
export const EXPORT_STYLE: {
  colors: Record<CompoundId, string>;
  dashes: Record<Quantity, string | null>;
  fontFamily: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
} = {
  colors: COMPOUND_COLORS,
  dashes: {
    plasma: null,
    nofat_plasma: NO_FAT_DASH,
    bone: TISSUE_DASH.bone || null,
    artery: TISSUE_DASH.artery || null,
  },
  // The app's font stack, generic only: exported SVGs must not reference web fonts; PNGs use the same.
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  text: INK,
  muted: MUTED_INK,
  grid: GRID,
  axis: '#333a48',
};
