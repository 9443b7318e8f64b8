import type { Box } from '../plot/layout';
import { CurveGrid, type LabelRequest, type PathToAvoid } from '../plot/marks/placeLabels';

/**
 * Study labels whose markers crowd one spot (the three MK-7 peaks and MK-4's "not detectable" within a few
 * hours of the single dose) asked, one by one, for the nearest free spot end up scattered over the chart with
 * crossing leaders at 1024 x 768. Instead they ask for one stacked block beside the crowd, as high as it keeps off
 * the curves and the legend, its rows in the order whose leaders do not cross. Where no such block fits, the
 * labels keep the placement pass's own search.
 */

/** Markers closer than this across, px, share a block. */
const CROWD_PX = 48;
/** Gap between the block's rows, px: their cards nearly touch, leaving the room under the block to other labels. */
const ROW_GAP_PX = 2;
/** Gap between the rightmost marker and the block, px. */
const SIDE_GAP_PX = 16;

interface Point {
  x: number;
  y: number;
}

/** Whether segments ab and cd cross (touching at an end does not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) =>
    Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  const d1 = side(c, d, a);
  const d2 = side(c, d, b);
  const d3 = side(a, b, c);
  const d4 = side(a, b, d);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The requests with a preferred box each for the crowded ones: a column right of the crowd, rows ordered so the
 * leaders (marker to the row's left edge, as LabelledMarkers draws them) cross neither each other nor another
 * row, the shortest such order; the column as near the markers as it is free of curves and fixed boxes.
 */
export function stackCrowdedLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  fixed: readonly Box[],
  curves: readonly PathToAvoid[],
): LabelRequest[] {
  const sorted = [...requests].sort((a, b) => a.x - b.x);
  const crowd = sorted.filter((r) => r.x - sorted[0]!.x <= CROWD_PX);
  // Up to six rows: 720 orders at most.
  if (crowd.length < 2 || crowd.length > 6) return [...requests];
  const left = Math.max(...crowd.map((r) => r.x)) + SIDE_GAP_PX;
  const width = Math.max(...crowd.map((r) => r.width));
  if (left + width > bounds.x + bounds.width) return [...requests];
  const rowStep = Math.max(...crowd.map((r) => r.height)) + ROW_GAP_PX;
  const blockHeight = rowStep * crowd.length - ROW_GAP_PX;
  const grid = new CurveGrid(bounds, curves);
  const rows = (top: number): Box[] =>
    crowd.map((r, i) => ({ x: left, y: top + i * rowStep, width: r.width, height: r.height }));
  const free = (b: Box) => !grid.crosses(b) && !fixed.some((f) => overlaps(b, f));
  // As high as it goes (under the legend): the room just above the curves is left to the other labels, whose
  // leaders then stay short and out of the block's. No lower than its rows' middle at the highest marker.
  const highest = Math.min(...crowd.map((r) => r.y));
  const lowest = Math.min(highest - blockHeight / 2, bounds.y + bounds.height - blockHeight);
  let top: number | null = null;
  for (let y = bounds.y; y <= lowest; y += 2) {
    if (rows(y).every(free)) {
      top = y;
      break;
    }
  }
  if (top === null) return [...requests];
  const slots = rows(top);
  // Which request takes which row: the order with no crossing leaders, then the shortest leaders.
  let best: { order: LabelRequest[]; crossings: number; length: number } | null = null;
  for (const order of permutations(crowd)) {
    const leaders = order.map((r, i) => ({
      from: { x: r.x, y: r.y },
      to: { x: left, y: slots[i]!.y + r.height / 2 },
    }));
    let crossings = 0;
    for (let i = 0; i < leaders.length; i++)
      for (let j = i + 1; j < leaders.length; j++)
        if (segmentsCross(leaders[i]!.from, leaders[i]!.to, leaders[j]!.from, leaders[j]!.to)) crossings++;
    const length = leaders.reduce((s, l) => s + Math.hypot(l.to.x - l.from.x, l.to.y - l.from.y), 0);
    if (!best || crossings < best.crossings || (crossings === best.crossings && length < best.length))
      best = { order, crossings, length };
  }
  const preferred = new Map(
    best!.order.map((r, i) => [r.key, { ...slots[i]!, width: r.width, height: r.height }]),
  );
  return requests.map((r) => {
    const box = preferred.get(r.key);
    return box ? { ...r, preferred: [box] } : r;
  });
}
