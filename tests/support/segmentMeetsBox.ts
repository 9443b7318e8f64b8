/**
 * Whether the segment a-b meets a box grown by `growPx` on every side (negative: shrunk), by exact
 * segment-rectangle clipping (Liang-Barsky). The label tests' own geometry: the placement they check keeps its
 * own implementation, so a test does not recompute its expected answer with the code under test.
 */
export function segmentMeetsBox(
  a: { x: number; y: number },
  b: { x: number; y: number },
  box: { x: number; y: number; width: number; height: number },
  growPx = 0,
): boolean {
  const [x0, x1, y0, y1] = [
    box.x - growPx,
    box.x + box.width + growPx,
    box.y - growPx,
    box.y + box.height + growPx,
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
