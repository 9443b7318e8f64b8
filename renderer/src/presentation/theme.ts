/**
 * The projector theme: white ground, near-black text, thick lines, large type. Colours stay the app's
 * Okabe-Ito palette (colour-blind safe); dash patterns are scaled up for the thicker lines so they still read.
 */
export const PROJECTOR = {
  background: '#ffffff',
  ink: '#111111',
  mutedInk: '#333333',
  grid: '#c8c8c8',
  axis: '#111111',
  /** Curve stroke (px): washed-out projectors lose thin lines. */
  lineWidthPx: 5,
  annotationWidthPx: 4,
  /** Type sizes (px) for a 1920x1080 screen; the normal app uses 14 px ticks. */
  tickFontPx: 28,
  axisLabelFontPx: 30,
  legendFontPx: 28,
  markerFontPx: 24,
  captionFontPx: 34,
  titleFontPx: 44,
  /** Dashes for 5 px lines: "no fat" long dashes, arterial wall short dashes. */
  noFatDash: '20 12',
  arteryDash: '6 10',
  /** Annotation colours: dark enough on white, distinct from the three compound colours. */
  annotation: '#222222',
  thresholdFill: 'rgba(0, 114, 178, 0.16)',
  bandFill: 'rgba(17, 17, 17, 0.10)',
  observationFill: '#000000',
  observationBand: 'rgba(204, 121, 167, 0.28)',
  observationBandEdge: '#CC79A7',
} as const;
