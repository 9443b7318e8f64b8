import type { Box } from '../layout';
import { textWidthPx } from '../measure';
import type { PlotTheme } from '../theme';

/**
 * Labels of the chart's marks: each mark measures its labels here, draws them from the same box, and hands the
 * box to one placement pass (placeLabels), so a label's coordinates are written once and no label lands on
 * another. Placement is kept free of React so it can be tested.
 */

/** Annotation text size at a theme: 24 px beside the projector's 28 px legend. */
export function annotationFontPx(theme: PlotTheme): number {
  return Math.round(theme.legendFontPx * (24 / 28));
}

/** A one-line label: its text, where its anchor and baseline are, and the box it covers. */
interface TextLabel {
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

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export interface LabelRequest {
  key: string;
  /** Anchor (the marker) in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * When no spot near the marker is free (five study labels over one peak at 1024 x 768), the free spot nearest to
 * it anywhere in the bounds, scanned on a grid of half a label's height: a label farther away beats one over
 * another label.
 */
function nearestFreeBox(r: LabelRequest, bounds: Box, free: (b: Box) => boolean): Box | null {
  let best: Box | null = null;
  let bestDistance = Infinity;
  const stepY = Math.max(2, r.height / 2);
  const stepX = Math.max(4, r.width / 8);
  for (let y = bounds.y; y + r.height <= bounds.y + bounds.height; y += stepY) {
    for (let x = bounds.x; x + r.width <= bounds.x + bounds.width; x += stepX) {
      const box = { x, y, width: r.width, height: r.height };
      const distance = Math.hypot(x + r.width / 2 - r.x, y + r.height / 2 - r.y);
      if (distance < bestDistance && free(box)) {
        best = box;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/**
 * Places each label above its marker, stepping up (then below, then to the left) row by row until it overlaps
 * neither another label nor a blocked area, and stays inside `bounds`; failing that, the nearest free spot.
 * Returns the label boxes by key.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  blocked: readonly Box[] = [],
  gapPx = 12,
): Map<string, Box> {
  const placed = new Map<string, Box>();
  const taken: Box[] = [...blocked];
  const sorted = [...requests].sort((a, b) => a.x - b.x);
  const inside = (b: Box) =>
    b.x >= bounds.x &&
    b.y >= bounds.y &&
    b.x + b.width <= bounds.x + bounds.width &&
    b.y + b.height <= bounds.y + bounds.height;
  for (const r of sorted) {
    const candidates: Box[] = [];
    for (let row = 0; row < 12; row++) {
      const up = r.y - gapPx - r.height - row * (r.height + 4);
      const down = r.y + gapPx + row * (r.height + 4);
      // Right of the marker, left of it, then slid along so it ends inside the bounds.
      const slid = Math.max(bounds.x, Math.min(r.x - r.width / 2, bounds.x + bounds.width - r.width));
      for (const x of [r.x + gapPx, r.x - gapPx - r.width, slid]) {
        candidates.push({ x, y: up, width: r.width, height: r.height });
        candidates.push({ x, y: down, width: r.width, height: r.height });
      }
    }
    const free = (c: Box) => inside(c) && !taken.some((t) => overlaps(c, t));
    const choice =
      candidates.find(free) ??
      nearestFreeBox(r, bounds, free) ??
      candidates.find((c) => inside(c)) ??
      candidates[0]!;
    placed.set(r.key, choice);
    taken.push(choice);
  }
  return placed;
}
