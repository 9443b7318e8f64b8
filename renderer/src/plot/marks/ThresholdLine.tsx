import { ANNOTATION } from '../theme';
import { annotationFontPx, PlacedLabel, preferredLabelRequest, textLabel } from './labels';
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
  const text = `${threshold.label} (shaded)`;
  const level = y(threshold.value);
  const label = textLabel(text, plot.x + 12, plot.y + font * 1.2, font);
  // Where a curve crosses the plot's top left: beside the line, above or below it, left or right.
  const right = plot.x + plot.width - 10;
  const besideLine = [
    textLabel(text, right, plot.y + font * 1.2, font, 'end'),
    textLabel(text, plot.x + 12, level - 10, font),
    textLabel(text, right, level - 10, font, 'end'),
    textLabel(text, plot.x + 12, level + font * 1.15, font),
    textLabel(text, right, level + font * 1.15, font, 'end'),
  ];
  return {
    key: 'threshold',
    requests: [preferredLabelRequest('threshold', label, { x: plot.x + 12, y: level }, besideLine)],
    render: (placed) => (
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
        <PlacedLabel label={label} box={placed.get('threshold')!} theme={theme} />
      </g>
    ),
  };
}
