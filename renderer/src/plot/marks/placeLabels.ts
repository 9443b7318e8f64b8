import type { Box } from '../layout';

/**
 * The chart's one label placement pass, kept free of React so it can be tested: every label keeps off the other
 * labels, off the areas marks block, and off the drawn curves (a label over a curve hides the curve from the back
 * row and the curve strikes through the words).
 */

export interface LabelRequest {
  key: string;
  /** Anchor (the marker, or the point of a line the label names) in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Boxes the mark would like, tried first in order (a line's name at its right end, above it, then below). */
  preferred?: readonly Box[];
  /** Narrower, taller shapes of the same label (wrapped to more lines), tried where its own shape finds no room. */
  wrapped?: readonly { width: number; height: number }[];
}

/** A drawn curve in pixels (a break where a point is not finite), and how far labels keep off its centre line. */
export interface PathToAvoid {
  points: readonly { x: number; y: number }[];
  /** Half the stroke width plus a margin, px. */
  clearancePx: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Side of a cell of the curve grid, px: a label may be kept up to this much farther off a curve than needed. */
const CELL_PX = 3;

/**
 * The cells of a grid over `bounds` that a curve passes through (widened by its clearance), summed so whether a
 * box touches any curve is four look-ups, whatever the number of points: the nearest-free-spot scan tries
 * thousands of boxes against curves of thousands of points on every playback frame.
 */
export class CurveGrid {
  private readonly cols: number;
  private readonly rows: number;
  /** Summed-area table, (cols + 1) × (rows + 1). */
  private readonly sums: Uint32Array;

  constructor(
    private readonly bounds: Box,
    paths: readonly PathToAvoid[],
  ) {
    this.cols = Math.max(1, Math.ceil(bounds.width / CELL_PX));
    this.rows = Math.max(1, Math.ceil(bounds.height / CELL_PX));
    const hit = new Uint8Array(this.cols * this.rows);
    const mark = (px: number, py: number, r: number): void => {
      const c0 = Math.max(0, Math.floor((px - r - bounds.x) / CELL_PX));
      const c1 = Math.min(this.cols - 1, Math.floor((px + r - bounds.x) / CELL_PX));
      const r0 = Math.max(0, Math.floor((py - r - bounds.y) / CELL_PX));
      const r1 = Math.min(this.rows - 1, Math.floor((py + r - bounds.y) / CELL_PX));
      for (let row = r0; row <= r1; row++)
        for (let col = c0; col <= c1; col++) hit[row * this.cols + col] = 1;
    };
    for (const path of paths) {
      const r = path.clearancePx;
      for (let i = 1; i < path.points.length; i++) {
        const a = path.points[i - 1]!;
        const b = path.points[i]!;
        if (![a.x, a.y, b.x, b.y].every(Number.isFinite)) continue;
        // Samples half a cell apart, each widened by the clearance: no stretch of the segment is missed.
        const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / (CELL_PX / 2)));
        for (let s = 0; s <= steps; s++)
          mark(a.x + ((b.x - a.x) * s) / steps, a.y + ((b.y - a.y) * s) / steps, r);
      }
      const only = path.points.length === 1 ? path.points[0]! : null;
      if (only && Number.isFinite(only.x) && Number.isFinite(only.y)) mark(only.x, only.y, r);
    }
    const w = this.cols + 1;
    this.sums = new Uint32Array(w * (this.rows + 1));
    for (let row = 0; row < this.rows; row++) {
      let line = 0;
      for (let col = 0; col < this.cols; col++) {
        line += hit[row * this.cols + col]!;
        this.sums[(row + 1) * w + col + 1] = this.sums[row * w + col + 1]! + line;
      }
    }
  }

  /** Whether any curve passes through the box (boxes outside the grid count only for their part inside). */
  crosses(box: Box): boolean {
    const { x, y } = this.bounds;
    const c0 = Math.max(0, Math.floor((box.x - x) / CELL_PX));
    const c1 = Math.min(this.cols, Math.ceil((box.x + box.width - x) / CELL_PX));
    const r0 = Math.max(0, Math.floor((box.y - y) / CELL_PX));
    const r1 = Math.min(this.rows, Math.ceil((box.y + box.height - y) / CELL_PX));
    if (c1 <= c0 || r1 <= r0) return false;
    const w = this.cols + 1;
    const s = this.sums;
    return s[r1 * w + c1]! - s[r0 * w + c1]! - s[r1 * w + c0]! + s[r0 * w + c0]! > 0;
  }
}

/**
 * When no spot near the marker is free (five study labels over one peak at 1024 x 768), the free spot nearest to
 * it anywhere in the bounds, scanned every 2 px down and a 32nd of the label across: a label farther away beats
 * one over another label or a curve. A coarser scan (a quarter of a label's height) missed the gaps between
 * labels a row apart, where a crowded chart's last label fits (about 4,000 boxes, each four look-ups).
 */
function nearestFreeBox(r: LabelRequest, bounds: Box, free: (b: Box) => boolean): Box | null {
  let best: Box | null = null;
  let bestDistance = Infinity;
  const stepY = 2;
  const stepX = Math.max(4, r.width / 32);
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
 * Places each label where its mark prefers, else above its anchor, stepping up (then below, then to the left)
 * row by row until it overlaps neither another label, a blocked area nor a curve, and stays inside `bounds`;
 * failing that, wrapped to more lines near its anchor; failing that, the nearest free spot; failing that, a spot
 * clear of labels only (near the anchor, else the nearest). Returns the boxes by key (a box's height tells how many lines it was given).
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  blocked: readonly Box[] = [],
  gapPx = 12,
  curves: readonly PathToAvoid[] = [],
): Map<string, Box> {
  const grid = curves.length > 0 ? new CurveGrid(bounds, curves) : null;
  // Labels a mark asked to have in a given place go first, then the markers' labels left to right.
  let order = [...requests].sort((a, b) => Number(!a.preferred) - Number(!b.preferred) || a.x - b.x);
  // A label left with no free spot goes first in the next pass (one placed earlier may have taken its only
  // room and have others); the pass with the fewest such labels wins.
  let best = placeInOrder(order, bounds, blocked, gapPx, grid);
  for (let attempt = 0; attempt < 4 && best.stuck.length > 0; attempt++) {
    const stuck = new Set(best.stuck);
    order = [...order.filter((r) => stuck.has(r.key)), ...order.filter((r) => !stuck.has(r.key))];
    const next = placeInOrder(order, bounds, blocked, gapPx, grid);
    if (next.stuck.length < best.stuck.length) best = next;
  }
  return best.placed;
}

function placeInOrder(
  order: readonly LabelRequest[],
  bounds: Box,
  blocked: readonly Box[],
  gapPx: number,
  grid: CurveGrid | null,
): { placed: Map<string, Box>; stuck: string[] } {
  const placed = new Map<string, Box>();
  const stuck: string[] = [];
  const taken: Box[] = [...blocked];
  const inside = (b: Box) =>
    b.x >= bounds.x &&
    b.y >= bounds.y &&
    b.x + b.width <= bounds.x + bounds.width &&
    b.y + b.height <= bounds.y + bounds.height;
  const near = (r: LabelRequest, preferred: readonly Box[]): Box[] => {
    const candidates: Box[] = [...preferred];
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
    return candidates;
  };
  for (const r of order) {
    const clearOfLabels = (c: Box) => inside(c) && !taken.some((t) => overlaps(c, t));
    const free = (c: Box) => clearOfLabels(c) && !grid?.crosses(c);
    // Its own shape near the anchor, then wrapped ones near it, then the nearest free spot for each shape.
    const shapes = [r, ...(r.wrapped ?? []).map((w) => ({ ...r, ...w }))];
    const own = near(r, r.preferred ?? []);
    let choice = own.find(free);
    for (const shape of shapes.slice(1)) choice ??= near(shape, []).find(free);
    for (const shape of shapes) choice ??= nearestFreeBox(shape, bounds, free) ?? undefined;
    if (!choice) {
      stuck.push(r.key);
      // Over a curve rather than over another label: text over text reads as neither.
      choice =
        own.find(clearOfLabels) ?? nearestFreeBox(r, bounds, clearOfLabels) ?? own.find(inside) ?? own[0]!;
    }
    placed.set(r.key, choice);
    taken.push(choice);
  }
  return { placed, stuck };
}
