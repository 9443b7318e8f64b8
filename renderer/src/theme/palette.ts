import type { CompoundId } from '../../../sim';

/** Okabe-Ito colours (colour-blind safe), one per compound. */
export const COMPOUND_COLORS: Record<CompoundId, string> = {
  mk7: '#0072B2',
  mk4: '#D55E00',
  k1: '#009E73',
};

export const INK = '#1d2330';
export const MUTED_INK = '#5a6272';
export const GRID = '#e3e6ec';
