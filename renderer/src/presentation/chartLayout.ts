/**
 * Pixel geometry of the presentation chart, kept free of React so it can be tested: linear scales, nice ticks
 * and a greedy placement of observation labels so study names never overlap each other.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LinearScale {
  (value: number): number;
  domain: [number, number];
  range: [number, number];
}

export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => r0 + (value - d0) * k) as LinearScale;
  scale.domain = domain;
  scale.range = range;
  return scale;
}

/** "Nice" step (1, 2, 2.5 or 5 × 10^n) giving about `count` intervals over [0, max]. */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  const nice = unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 2.5 ? 2.5 : unit <= 5 ? 5 : 10;
  return nice * power;
}

/** Upper end of a value axis: the next nice step above `max` (at least one step). */
export function niceMax(max: number, count = 5): number {
  const step = niceStep(max, count);
  return Math.max(step, Math.ceil((max * 1.0001) / step) * step);
}

/** Ticks 0, step, ..., top. */
export function ticksUpTo(top: number, step: number): number[] {
  const ticks: number[] = [];
  for (let i = 0; i * step <= top * (1 + 1e-9); i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** Rough text width for a sans-serif font: 0.56 em per character is safe for labels (errs wide). */
export function textWidthPx(text: string, fontPx: number): number {
  return text.length * fontPx * 0.56;
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
      for (const x of [r.x + gapPx, r.x - gapPx - r.width]) {
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
