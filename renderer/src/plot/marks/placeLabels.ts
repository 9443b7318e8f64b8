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
  /**
   * Joined to its anchor by a leader line (leaderLine): a spot farther off still names it, but the leader must
   * not run through another label, nor another label over it.
   */
  leader?: boolean;
  /** Blocked boxes this label may lie over: its own mark's drawing, which parts around it (a bracket's bar). */
  mayCover?: readonly Box[];
}

interface Point {
  x: number;
  y: number;
}

/**
 * The leader from an anchor to its label's box, as LabelledMarkers draws it: straight up or down to a box over
 * or under the anchor (a leader to its far side would run across the other labels' leaders), else to the middle
 * of the box's near side.
 */
export function leaderLine(anchor: Point, box: Box): { from: Point; to: Point } {
  const toLeft = box.x + box.width / 2 < anchor.x;
  const straddles = box.x < anchor.x && anchor.x < box.x + box.width;
  const to = straddles
    ? { x: anchor.x, y: box.y > anchor.y ? box.y : box.y + box.height }
    : { x: toLeft ? box.x + box.width : box.x, y: box.y + box.height / 2 };
  return { from: { x: anchor.x, y: anchor.y }, to };
}

/** Whether segment a-b passes through the inside of the box (Liang-Barsky; touching its edge does not count). */
export function segmentEntersBox(a: Point, b: Point, box: Box): boolean {
  const inset = 0.5;
  const [x0, x1, y0, y1] = [
    box.x + inset,
    box.x + box.width - inset,
    box.y + inset,
    box.y + box.height - inset,
  ];
  if (x1 <= x0 || y1 <= y0) return false;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
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
 * row by row until it overlaps neither another label, a blocked area, a curve nor another label's leader, and
 * stays inside `bounds`; failing that, wrapped to more lines near its anchor; failing that, the nearest free spot;
 * failing that, a spot clear of labels only (near the anchor, else the nearest). Returns the boxes by key (a box's
 * height tells how many lines it was given).
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
  // Then the labels the first pass left with no free spot (or a tangled leader) get their turn earlier: right
  // after the labels placed as a block (whose spots are fixed), so they find the room the block leaves and the
  // other preferred labels take what is left; failing that, first of all. The pass that costs least wins
  // (PASS_COST).
  const first = placeInOrder(order, bounds, blocked, gapPx, grid);
  let best = first;
  const trouble = new Set([...first.stuck, ...first.tangled]);
  if (trouble.size > 0) {
    const late = order.filter((r) => trouble.has(r.key));
    const block = order.filter((r) => !trouble.has(r.key) && r.preferred && r.leader);
    const rest = order.filter((r) => !trouble.has(r.key) && !(r.preferred && r.leader));
    for (const next of [
      [...block, ...late, ...rest],
      [...late, ...block, ...rest],
    ]) {
      const pass = placeInOrder(next, bounds, blocked, gapPx, grid);
      if (pass.cost < best.cost) best = pass;
    }
  }
  // A label still moved off where it belongs goes first in one more pass (one placed earlier may have taken its
  // only room and have others).
  if (best.cost > 0) {
    const moved = new Set([...best.stuck, ...best.tangled, ...best.moved]);
    order = [...order.filter((r) => moved.has(r.key)), ...order.filter((r) => !moved.has(r.key))];
    const pass = placeInOrder(order, bounds, blocked, gapPx, grid);
    if (pass.cost < best.cost) best = pass;
  }
  return best.placed;
}

/**
 * What a pass's labels cost: one left with no free spot (over a curve) the most; one moved off its preferred boxes
 * (or, with none, off its anchor's rows) nearly as much when it has no leader, since it then names nothing (a
 * line's name away from the line); one whose leader crosses a label or lies under one, less; one without a leader
 * in a later choice of its own (a half-life's name beside its bracket rather than over it, a line's name further
 * along it), less again; one moved with a leader, little (its leader still points at what it names).
 */
const PASS_COST = {
  stuck: 12,
  movedWithoutLeader: 6,
  tangled: 4,
  secondChoice: 2,
  movedWithLeader: 1,
} as const;

interface Pass {
  placed: Map<string, Box>;
  /** Labels left with no free spot. */
  stuck: string[];
  /** Labels off their preferred boxes (or, with none, off their anchor's rows). */
  moved: string[];
  /** Labels whose only spot off the curves has a leader crossing a label, or lies over a leader. */
  tangled: string[];
  cost: number;
}

function placeInOrder(
  order: readonly LabelRequest[],
  bounds: Box,
  blocked: readonly Box[],
  gapPx: number,
  grid: CurveGrid | null,
): Pass {
  const placed = new Map<string, Box>();
  const stuck: string[] = [];
  const moved: string[] = [];
  const tangled: string[] = [];
  let cost = 0;
  const taken: Box[] = [...blocked];
  const labels: Box[] = [];
  const leaders: { from: Point; to: Point }[] = [];
  const inside = (b: Box) =>
    b.x >= bounds.x &&
    b.y >= bounds.y &&
    b.x + b.width <= bounds.x + bounds.width &&
    b.y + b.height <= bounds.y + bounds.height;
  const near = (r: LabelRequest, preferred: readonly Box[]): Box[] => {
    const candidates: Box[] = [...preferred];
    // Twelve rows up and down, in quarter rows: a label finds the room just above a bracket or under a row of
    // labels, not only the room a whole row away.
    for (let step = 0; step < 48; step++) {
      const offset = (step * (r.height + 4)) / 4;
      const up = r.y - gapPx - r.height - offset;
      const down = r.y + gapPx + offset;
      // Right of the marker, left of it, then over or under it: centred, slid a quarter of its width either way,
      // and ending just past it either way (each kept inside the bounds).
      const slid = (left: number) => Math.max(bounds.x, Math.min(left, bounds.x + bounds.width - r.width));
      const over = [0.5, 0.25, 0.75].map((f) => r.x - r.width * f);
      const ends = [r.x - r.width + gapPx, r.x - gapPx];
      for (const x of [r.x + gapPx, r.x - gapPx - r.width, ...[...over, ...ends].map(slid)]) {
        candidates.push({ x, y: up, width: r.width, height: r.height });
        candidates.push({ x, y: down, width: r.width, height: r.height });
      }
    }
    return candidates;
  };
  for (const [i, r] of order.entries()) {
    // The preferred boxes still open to the labels after this one: a spot that leaves each of them one is tried
    // before a spot that takes the last (a study label over a bracket's only free side).
    const open = order
      .slice(i + 1)
      .filter((q) => q.preferred && q.preferred.length > 0)
      .map((q) =>
        q.preferred!.filter(
          (b) =>
            inside(b) && !taken.some((t) => overlaps(b, t) && !q.mayCover?.includes(t)) && !grid?.crosses(b),
        ),
      )
      .filter((boxes) => boxes.length > 0);
    const polite = (c: Box) => open.every((boxes) => boxes.some((b) => !overlaps(b, c)));
    const clearOfLabels = (c: Box) =>
      inside(c) && !taken.some((t) => overlaps(c, t) && !r.mayCover?.includes(t));
    // No label over another's leader, and no leader through another label.
    const clearOfLeaders = (c: Box) => {
      if (leaders.some((l) => segmentEntersBox(l.from, l.to, c))) return false;
      if (!r.leader) return true;
      const own = leaderLine(r, c);
      return !labels.some((b) => segmentEntersBox(own.from, own.to, b));
    };
    const free = (c: Box) => clearOfLabels(c) && !grid?.crosses(c) && clearOfLeaders(c);
    // Its own shape near the anchor, then wrapped ones near it, then the nearest free spot for each shape.
    const shapes = [r, ...(r.wrapped ?? []).map((w) => ({ ...r, ...w }))];
    const own = near(r, r.preferred ?? []);
    let choice = own.find((c) => free(c) && polite(c)) ?? own.find(free);
    const where = choice ? own.indexOf(choice) : -1;
    const wanted = r.preferred && r.preferred.length > 0 ? r.preferred.length : own.length;
    if (where < 0 || where >= wanted) {
      moved.push(r.key);
      cost += r.leader ? PASS_COST.movedWithLeader : PASS_COST.movedWithoutLeader;
    } else if (where > 0 && !r.leader) cost += PASS_COST.secondChoice;
    for (const shape of shapes.slice(1)) {
      const around = near(shape, []);
      choice ??= around.find((c) => free(c) && polite(c)) ?? around.find(free);
    }
    for (const shape of shapes)
      choice ??=
        nearestFreeBox(shape, bounds, (c) => free(c) && polite(c)) ??
        nearestFreeBox(shape, bounds, free) ??
        undefined;
    if (!choice) {
      // Off the curves and the labels, though a leader then crosses a label: better than over a curve.
      const offCurves = (c: Box) => clearOfLabels(c) && !grid?.crosses(c);
      for (const test of [(c: Box) => offCurves(c) && polite(c), offCurves]) {
        for (const shape of shapes) choice ??= near(shape, shape === r ? (r.preferred ?? []) : []).find(test);
        for (const shape of shapes) choice ??= nearestFreeBox(shape, bounds, test) ?? undefined;
      }
      if (choice) {
        tangled.push(r.key);
        cost += PASS_COST.tangled;
      }
    }
    if (!choice) {
      stuck.push(r.key);
      cost += PASS_COST.stuck;
      // Over a curve rather than over another label: text over text reads as neither.
      choice =
        own.find(clearOfLabels) ?? nearestFreeBox(r, bounds, clearOfLabels) ?? own.find(inside) ?? own[0]!;
    }
    placed.set(r.key, choice);
    taken.push(choice);
    labels.push(choice);
    if (r.leader) leaders.push(leaderLine(r, choice));
  }
  return { placed, stuck, moved, tangled, cost };
}
