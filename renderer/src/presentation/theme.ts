/**
 * The presentation's ground and text colours on the white projector screen. Axes, ticks, legend, curves and
 * their sizes come from the chart kit's projector theme, annotation colours from its ANNOTATION (plot/theme.ts).
 */
export const PROJECTOR = {
  background: '#ffffff',
  ink: '#111111',
  mutedInk: '#333333',
} as const;
