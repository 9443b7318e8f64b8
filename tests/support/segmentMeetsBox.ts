/**
 * Whether the segment a-b meets a box grown by `growPx` on every side (negative: shrunk). The label tests' own
 * geometry, by another method than the placement's clipping (placeLabels.ts): points every 0.02 px along the
 * segment, each tested against the box, so a test does not check the placement with its own arithmetic. A
 * segment that only grazes a corner by less than 0.02 px can be missed; the tests' margins are 0.5 px or more.
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
  // Far apart: no point of the segment can be inside.
  if (
    Math.max(a.x, b.x) < x0 ||
    Math.min(a.x, b.x) > x1 ||
    Math.max(a.y, b.y) < y0 ||
    Math.min(a.y, b.y) > y1
  )
    return false;
  const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 0.02));
  for (let i = 0; i <= steps; i++) {
    const x = a.x + ((b.x - a.x) * i) / steps;
    const y = a.y + ((b.y - a.y) * i) / steps;
    if (x >= x0 && x <= x1 && y >= y0 && y <= y1) return true;
  }
  return false;
}
