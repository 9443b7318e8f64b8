import { ANNOTATION } from '../theme';
import { HorizontalBand } from './HorizontalBand';
import { annotationFontPx, PlacedLabel, preferredLabelRequest, textLabel } from './labels';
import type { Mark, MarkContext } from './mark';

/** A published range of values (Schurgers 2007's 7-8×): a tinted band with solid edges, named at its top left. */
interface ObservationBandData {
  source: string;
  label: string;
  low: number;
  high: number;
}

export function observationBandMark(ctx: MarkContext, band: ObservationBandData): Mark {
  const { y, plot, theme } = ctx;
  const font = annotationFontPx(theme);
  const key = `observation-band-${band.label}`;
  const right = plot.x + plot.width - 10;
  const label = textLabel(band.label, plot.x + 12, y(band.high) - 10, font);
  // Where a curve runs there: over the band at the right, then under it.
  const others = [
    textLabel(band.label, right, y(band.high) - 10, font, 'end'),
    textLabel(band.label, plot.x + 12, y(band.low) + font * 1.15, font),
    textLabel(band.label, right, y(band.low) + font * 1.15, font, 'end'),
  ];
  return {
    key,
    requests: [preferredLabelRequest(key, label, { x: plot.x + 12, y: y(band.high) }, others)],
    render: (placed) => (
      <g className="pres-observation-band" data-source={band.source}>
        <HorizontalBand
          plot={plot}
          yLow={y(band.low)}
          yHigh={y(band.high)}
          fill={ANNOTATION.observationBand}
          edge={{ stroke: ANNOTATION.observationBandEdge, widthPx: 3 }}
        />
        <PlacedLabel label={label} box={placed.get(key)!} theme={theme} className="pres-observation-label" />
      </g>
    ),
  };
}
