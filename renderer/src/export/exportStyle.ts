import type { CompoundId } from '../../../sim';
import type { Quantity } from './exportData';

/**
 * Colours and line styles of exported figures: the Okabe-Ito colour-blind-safe palette the charts use,
 * dashed for "no fat", two distinct dot/dash patterns for the illustrative tissue curves.
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
  colors: { mk7: '#0072B2', mk4: '#D55E00', k1: '#009E73' },
  dashes: { plasma: null, nofat_plasma: '8 5', bone: '2 3', artery: '10 4 2 4' },
  // A generic stack only: exported SVGs must not reference web fonts; PNGs are drawn with the same stack.
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  text: '#1a1a1a',
  muted: '#555555',
  grid: '#e3e3e3',
  axis: '#333333',
};
