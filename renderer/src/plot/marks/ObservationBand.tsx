import { ANNOTATION } from '../theme';
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
        <rect
          x={plot.x}
          width={plot.width}
          y={y(band.high)}
          height={Math.max(2, y(band.low) - y(band.high))}
          fill={ANNOTATION.observationBand}
        />
        {[band.high, band.low].map((v) => (
          <line
            key={v}
            x1={plot.x}
            x2={plot.x + plot.width}
            y1={y(v)}
            y2={y(v)}
            stroke={ANNOTATION.observationBandEdge}
            strokeWidth={3}
          />
        ))}
        <HaloLabel label={label} theme={theme} className="pres-observation-label" />
      </g>
    ),
  };
}
