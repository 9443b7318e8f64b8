import { ANNOTATION } from '../theme';
import { HorizontalBand } from './HorizontalBand';
import { annotationFontPx, HaloLabel, textLabel } from './labels';
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
  const label = textLabel(band.label, plot.x + plot.width - 10, y(band.low) + font * 1.15, font, 'end');
  return {
    key: 'steady-state',
    fixed: [label.box],
    render: () => (
      <g className="pres-annotation-steady">
        <HorizontalBand
          plot={plot}
          yLow={y(band.low)}
          yHigh={y(band.high)}
          fill={ANNOTATION.plateauFill}
          edge={{ stroke: ANNOTATION.ink, widthPx: 2, dash: '10 8' }}
        />
        <HaloLabel label={label} theme={theme} />
      </g>
    ),
  };
}
