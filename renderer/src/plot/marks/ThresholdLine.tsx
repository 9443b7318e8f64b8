import { ANNOTATION } from '../theme';
import { annotationFontPx, HaloLabel, textLabel } from './labels';
import type { Mark, MarkContext } from './mark';

/** A level and the stretches of time (days) the featured curve spends at or above it. */
interface ThresholdData {
  label: string;
  value: number;
  spans: readonly { fromDays: number; toDays: number }[];
}

/** A dotted threshold line, the time above it shaded up to the playback time, named at the plot's top left. */
export function thresholdMark(ctx: MarkContext, threshold: ThresholdData, timeDays: number): Mark {
  const { x, y, plot, theme } = ctx;
  const font = annotationFontPx(theme);
  const label = textLabel(`${threshold.label} (shaded)`, plot.x + 12, plot.y + font * 1.2, font);
  const level = y(threshold.value);
  return {
    key: 'threshold',
    fixed: [label.box],
    render: () => (
      <g className="pres-annotation-threshold">
        {threshold.spans.map((s) => {
          const x0 = x(Math.min(s.fromDays, timeDays));
          const x1 = x(Math.min(s.toDays, timeDays));
          return x1 > x0 ? (
            <rect
              key={s.fromDays}
              x={x0}
              width={x1 - x0}
              y={plot.y}
              height={level - plot.y}
              fill={ANNOTATION.thresholdFill}
            />
          ) : null;
        })}
        <line
          x1={plot.x}
          x2={plot.x + plot.width}
          y1={level}
          y2={level}
          stroke={ANNOTATION.ink}
          strokeWidth={ANNOTATION.widthPx}
          strokeDasharray="2 8"
          strokeLinecap="round"
        />
        <HaloLabel label={label} theme={theme} />
      </g>
    ),
  };
}
