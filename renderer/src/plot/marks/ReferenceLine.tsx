import { ANNOTATION } from '../theme';
import { annotationFontPx, PlacedLabel, preferredLabelRequest, textLabel } from './labels';
import type { Mark, MarkContext } from './mark';

/** A reference level with its caveat (the assumed detection limit): dash-dot, named above it at the right. */
interface ReferenceLineData {
  label: string;
  value: number;
}

export function referenceLineMark(ctx: MarkContext, line: ReferenceLineData): Mark {
  const { y, plot, theme } = ctx;
  const font = annotationFontPx(theme);
  const key = `reference-${line.label}`;
  const right = plot.x + plot.width - 10;
  const level = y(line.value);
  const label = textLabel(line.label, right, level - 10, font, 'end', 500);
  // Where a curve runs there: under the line at the right, then over and under it further left, step by step
  // to the left end: anywhere along its line still names it (a label off the line would name the wrong level).
  const below = level + font * 1.15;
  const stepPx = Math.max(8, font / 2);
  const others = [textLabel(line.label, right, below, font, 'end', 500)];
  for (let end = right - stepPx; end - label.box.width >= plot.x + 12; end -= stepPx)
    others.push(
      textLabel(line.label, end, level - 10, font, 'end', 500),
      textLabel(line.label, end, below, font, 'end', 500),
    );
  others.push(
    textLabel(line.label, plot.x + 12, level - 10, font, 'start', 500),
    textLabel(line.label, plot.x + 12, below, font, 'start', 500),
  );
  return {
    key,
    requests: [preferredLabelRequest(key, label, { x: right, y: level }, others)],
    render: (placed) => (
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
        <PlacedLabel label={label} box={placed.get(key)!} theme={theme} />
      </g>
    ),
  };
}
