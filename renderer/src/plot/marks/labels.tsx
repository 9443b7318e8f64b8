import type { Box } from '../layout';
import { textWidthPx } from '../measure';
import type { PlotTheme } from '../theme';
import type { LabelRequest } from './placeLabels';

export { placeLabels, type LabelRequest, type PathToAvoid } from './placeLabels';

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

/** A label moved to the box the placement pass chose for it (same text, size and anchor). */
export function movedLabel(label: TextLabel, box: Box): TextLabel {
  const x =
    label.anchor === 'end' ? box.x + box.width : label.anchor === 'middle' ? box.x + box.width / 2 : box.x;
  return { ...label, x, baseline: box.y + label.fontPx, box: { ...label.box, x: box.x, y: box.y } };
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
  return { key, ...anchor, width, height, preferred: [label, ...alternatives].map((l) => l.box) };
}
