import { ANNOTATION } from '../theme';
import { HorizontalBand } from './HorizontalBand';
import { annotationFontPx, PlacedLabel, preferredLabelRequest, textLabel } from './labels';
import type { Mark, MarkContext } from './mark';

/** The plateau (steady-state trough to peak): a grey band between dashed lines, named under it at the right. */
interface SteadyStateData {
  label: string;
  low: number;
  high: number;
}

export function steadyStateMark(ctx: MarkContext, band: SteadyStateData): Mark {
  const { y, plot, theme } = ctx;
  const font = annotationFontPx(theme);
  const right = plot.x + plot.width - 10;
  const label = textLabel(band.label, right, y(band.low) + font * 1.15, font, 'end');
  // Where a curve runs there: over the band at the right, then under and over it at the left.
  const others = [
    textLabel(band.label, right, y(band.high) - 10, font, 'end'),
    textLabel(band.label, plot.x + 12, y(band.low) + font * 1.15, font),
    textLabel(band.label, plot.x + 12, y(band.high) - 10, font),
  ];
  return {
    key: 'steady-state',
    requests: [preferredLabelRequest('steady-state', label, { x: right, y: y(band.low) }, others)],
    render: (placed) => (
      <g className="pres-annotation-steady">
        <HorizontalBand
          plot={plot}
          yLow={y(band.low)}
          yHigh={y(band.high)}
          fill={ANNOTATION.plateauFill}
          edge={{ stroke: ANNOTATION.ink, widthPx: 2, dash: '10 8' }}
        />
        <PlacedLabel label={label} box={placed.get('steady-state')!} theme={theme} />
      </g>
    ),
  };
}
