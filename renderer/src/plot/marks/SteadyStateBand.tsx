import { ANNOTATION } from '../theme';
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
        <rect
          x={plot.x}
          width={plot.width}
          y={y(band.high)}
          height={Math.max(2, y(band.low) - y(band.high))}
          fill={ANNOTATION.plateauFill}
        />
        {[band.low, band.high].map((v) => (
          <line
            key={v}
            x1={plot.x}
            x2={plot.x + plot.width}
            y1={y(v)}
            y2={y(v)}
            stroke={ANNOTATION.ink}
            strokeWidth={2}
            strokeDasharray="10 8"
          />
        ))}
        <HaloLabel label={label} theme={theme} />
      </g>
    ),
  };
}
