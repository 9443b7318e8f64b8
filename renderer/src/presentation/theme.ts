/**
 * Colours of the presentation's annotations (bands, thresholds, observations) on the white projector ground.
 * Axes, ticks, legend, curves and their sizes come from the chart kit's projector theme (plot/theme.ts).
 */
export const PROJECTOR = {
  background: '#ffffff',
  ink: '#111111',
  mutedInk: '#333333',
  annotationWidthPx: 4,
  /** Annotation colours: dark enough on white, distinct from the three compound colours. */
  annotation: '#222222',
  thresholdFill: 'rgba(0, 114, 178, 0.16)',
  bandFill: 'rgba(17, 17, 17, 0.10)',
  observationFill: '#000000',
  observationBand: 'rgba(204, 121, 167, 0.28)',
  observationBandEdge: '#CC79A7',
} as const;
