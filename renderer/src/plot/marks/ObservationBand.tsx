import { ANNOTATION } from '../theme';
import { HorizontalBand } from './HorizontalBand';
import { annotationFontPx, HaloLabel, textLabel } from './labels';
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
  const label = textLabel(band.label, plot.x + 12, y(band.high) - 10, font);
  return {
    key: `observation-band-${band.label}`,
    fixed: [label.box],
    render: () => (
      <g className="pres-observation-band" data-source={band.source}>
        <HorizontalBand
          plot={plot}
          yLow={y(band.low)}
          yHigh={y(band.high)}
          fill={ANNOTATION.observationBand}
          edge={{ stroke: ANNOTATION.observationBandEdge, widthPx: 3 }}
        />
        <HaloLabel label={label} theme={theme} className="pres-observation-label" />
      </g>
    ),
  };
}
