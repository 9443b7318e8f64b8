/**
 * Greedy placement of the presentation chart's observation labels (sizes measured by the chart kit), so study
 * names never overlap each other or the fixed labels. Kept free of React so it can be tested.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
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
 * Places each label above its marker, stepping up (then below, then to the left) row by row until it overlaps
 * neither another label nor a blocked area, and stays inside `bounds`. Returns the label boxes by key.
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
  for (const r of sorted) {
    const inside = (b: Box) =>
      b.x >= bounds.x &&
      b.y >= bounds.y &&
      b.x + b.width <= bounds.x + bounds.width &&
      b.y + b.height <= bounds.y + bounds.height;
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
    const choice =
      candidates.find((c) => inside(c) && !taken.some((t) => overlaps(c, t))) ??
      candidates.find((c) => inside(c)) ??
      candidates[0]!;
    placed.set(r.key, choice);
    taken.push(choice);
  }
  return placed;
}
