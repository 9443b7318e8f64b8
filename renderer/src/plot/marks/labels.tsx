import { wrapMeasured, type Box } from '../layout';
import { textWidthPx } from '../measure';
import type { PlotTheme } from '../theme';
import type { LabelRequest } from './placeLabels';

export { placeLabels, type LabelRequest } from './placeLabels';

/**
 * Labels of the chart's marks: each mark measures its labels here, draws them from the same box, and hands the
 * box to one placement pass (placeLabels.ts), so a label's coordinates are written once and no label lands on
 * another. Placement is kept free of React so it can be tested.
 */

/** Annotation text size at a theme: 24 px beside the projector's 28 px legend. */
export function annotationFontPx(theme: PlotTheme): number {
  return Math.round(theme.legendFontPx * (24 / 28));
}

/** A one-line label: its text, where its anchor and baseline are, and the box it covers. */
export interface TextLabel {
  text: string;
  x: number;
  baseline: number;
  anchor: 'start' | 'middle' | 'end';
  fontPx: number;
  weight: number;
  box: Box;
}

/** A label measured at its anchor: the box runs from one em above the baseline to a quarter em below it. */
export function textLabel(
  text: string,
  x: number,
  baseline: number,
  fontPx: number,
  anchor: TextLabel['anchor'] = 'start',
  weight = 600,
): TextLabel {
  const width = textWidthPx(text, fontPx, weight);
  const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
  return {
    text,
    x,
    baseline,
    anchor,
    fontPx,
    weight,
    box: { x: left, y: baseline - fontPx, width, height: fontPx * 1.25 },
  };
}

/** Text with a halo in the ground's colour: readable over lines and bands on a washed-out projector. */
export function HaloLabel({
  label,
  theme,
  className = 'pres-label',
}: {
  label: TextLabel;
  theme: PlotTheme;
  className?: string;
}) {
  return (
    <text
      x={label.x}
      y={label.baseline}
      fontSize={label.fontPx}
      fontWeight={label.weight}
      fill={theme.ink}
      textAnchor={label.anchor}
      stroke={theme.background}
      strokeWidth={Math.max(4, label.fontPx * 0.22)}
      strokeLinejoin="round"
      paintOrder="stroke"
      className={className}
    >
      {label.text}
    </text>
  );
}

/** A label's line height in ems: the box textLabel measures, one em above the baseline and a quarter below. */
const LINE_EM = 1.25;

/**
 * The label wrapped to two and to three lines, each as wide as its widest line (plus `padPx`): the shapes the
 * placement pass may give a long label where its one line finds no room between the curves.
 */
export function wrappedShapes(
  label: Pick<TextLabel, 'text' | 'fontPx' | 'weight'>,
  padPx = 0,
): { width: number; height: number }[] {
  const { text, fontPx, weight } = label;
  const full = textWidthPx(text, fontPx, weight);
  const shapes: { width: number; height: number }[] = [];
  for (const n of [2, 3]) {
    const lines = wrapMeasured(text, fontPx, (full / n) * 1.25, n, weight);
    if (lines.length < n || lines.some((l) => l.endsWith('…'))) continue;
    const width = Math.max(...lines.map((l) => textWidthPx(l, fontPx, weight))) + padPx;
    shapes.push({ width, height: n * fontPx * LINE_EM });
  }
  return shapes;
}

/**
 * A label drawn in the box the placement pass chose for it: on one line, or wrapped to the lines the box's
 * height holds (the same words per line as wrappedShapes measured), each with its anchor and halo.
 */
export function PlacedLabel({
  label,
  box,
  theme,
  padPx = 0,
  className,
}: {
  label: TextLabel;
  box: Box;
  theme: PlotTheme;
  /** Room kept at the box's left and right (a card behind the text). */
  padPx?: number;
  className?: string;
}) {
  const { text, fontPx, weight, anchor } = label;
  const n = Math.max(1, Math.round(box.height / (fontPx * LINE_EM)));
  // Half a pixel of slack: the box is the widest line's measured width, which must fit the same width again.
  const lines = n === 1 ? [text] : wrapMeasured(text, fontPx, box.width - padPx + 0.5, n, weight);
  const x =
    anchor === 'end'
      ? box.x + box.width - padPx / 2
      : anchor === 'middle'
        ? box.x + box.width / 2
        : box.x + padPx / 2;
  // One text element (tspans per line, spaces kept between them), so the label reads as one to a screen reader.
  return (
    <text
      x={x}
      y={box.y + fontPx}
      fontSize={fontPx}
      fontWeight={weight}
      fill={theme.ink}
      textAnchor={anchor}
      stroke={theme.background}
      strokeWidth={Math.max(4, fontPx * 0.22)}
      strokeLinejoin="round"
      paintOrder="stroke"
      className={className ?? 'pres-label'}
    >
      {lines.length === 1
        ? lines[0]
        : lines.map((line, i) => (
            <tspan key={i} x={x} y={box.y + fontPx + i * fontPx * LINE_EM}>
              {i < lines.length - 1 ? `${line} ` : line}
            </tspan>
          ))}
    </text>
  );
}

/**
 * A request for a label a mark wants at `label` (then at `alternatives`), anchored at (x, y): the pass moves it
 * only when that spot is taken by another label or crossed by a curve.
 */
export function preferredLabelRequest(
  key: string,
  label: TextLabel,
  anchor: { x: number; y: number },
  alternatives: readonly TextLabel[] = [],
): LabelRequest {
  const { width, height } = label.box;
  return {
    key,
    ...anchor,
    width,
    height,
    preferred: [label, ...alternatives].map((l) => l.box),
    wrapped: wrappedShapes(label),
  };
}
