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

/**
 * The projector profile's colour for each colour the charts draw with (compounds, spare regimen colours, text,
 * grid, annotation fills), by the exact string the charts write. A projector in a lit room adds white to every
 * colour: Okabe-Ito's light members (sky blue, orange, yellow) wash out to near white. Each keeps its hue and is
 * darkened to at least 4.5:1 against white, so it still reads, and still differs from the others, washed out and
 * with red-green colour blindness no less than the standard colours (tests/renderer/projector-profile.test.ts).
 */
export const PROJECTOR_PROFILE_COLORS: Readonly<Record<string, string>> = {
  // Compounds: MK-7 blue, MK-4 vermilion, K1 green darkened most (red and green meet in lightness for protanopes;
  // their dashes and markers tell them apart too).
  '#0072B2': '#00509E',
  '#D55E00': '#C24A00',
  '#009E73': '#004D36',
  // Spare colours for later regimens of a compound (sky blue, orange, yellow, reddish purple).
  '#56B4E9': '#2A6F9E',
  '#E69F00': '#8F5A00',
  '#F0E442': '#6B6200',
  '#CC79A7': '#9C3D78',
  // Text and axes of the screen theme, and its grid.
  [INK]: '#000000',
  [MUTED_INK]: '#2B303A',
  [GRID]: '#A9AEB8',
  // The projector theme's text, axes and grid.
  '#111111': '#000000',
  '#333333': '#1A1A1A',
  '#c8c8c8': '#8C8C8C',
  // Annotation fills: the threshold's shading, the plateau band, a published range, the first dose's ghost.
  'rgba(0, 114, 178, 0.16)': 'rgba(0, 80, 158, 0.30)',
  'rgba(17, 17, 17, 0.10)': 'rgba(0, 0, 0, 0.20)',
  'rgba(204, 121, 167, 0.28)': 'rgba(156, 61, 120, 0.38)',
  '#666666': '#3A3A3A',
};

/** How much thicker the projector profile draws curves and axes. */
export const PROJECTOR_PROFILE_LINE_SCALE = 1.4;
