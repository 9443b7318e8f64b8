import { ANNOTATION } from '../theme';
import { annotationFontPx, HaloLabel, textLabel } from './labels';
import type { Mark, MarkContext } from './mark';

/** A reference level with its caveat (the assumed detection limit): dash-dot, named above it at the right. */
interface ReferenceLineData {
  label: string;
  value: number;
}

export function referenceLineMark(ctx: MarkContext, line: ReferenceLineData): Mark {
  const { y, plot, theme } = ctx;
  const font = annotationFontPx(theme);
  const label = textLabel(line.label, plot.x + plot.width - 10, y(line.value) - 10, font, 'end', 500);
  return {
    key: `reference-${line.label}`,
    fixed: [label.box],
    render: () => (
      <g className="pres-observation-line">
        <line
          x1={plot.x}
          x2={plot.x + plot.width}
          y1={y(line.value)}
          y2={y(line.value)}
          stroke={ANNOTATION.ink}
          strokeWidth={3}
          strokeDasharray="14 6 3 6"
        />
        <HaloLabel label={label} theme={theme} />
      </g>
    ),
  };
}
