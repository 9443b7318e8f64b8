/**
 * The chart kit's label placement keeps labels off the drawn curves. The truth here is geometry computed in the
 * test itself: each placed box is checked against the curve's segments point by point along each segment
 * (tests/support/segmentMeetsBox.ts), not by the grid or the clipping the placement uses.
 */
import { describe, expect, it } from 'vitest';
import type { Box } from '../../renderer/src/plot/layout';
import { CurveGrid, placeLabels, type PathToAvoid } from '../../renderer/src/plot/marks/placeLabels';
import { segmentMeetsBox } from '../support/segmentMeetsBox';

const BOUNDS: Box = { x: 0, y: 0, width: 800, height: 400 };

function crosses(box: Box, path: PathToAvoid, pad = 0): boolean {
  for (let i = 1; i < path.points.length; i++)
    if (segmentMeetsBox(path.points[i - 1]!, path.points[i]!, box, pad)) return true;
  return false;
}

/** A decaying one-dose curve across the plot, sampled every 4 px. */
const decay: PathToAvoid = {
  clearancePx: 5,
  points: Array.from({ length: 201 }, (_, i) => {
    const x = i * 4;
    return { x, y: 400 - 360 * (x / 60) * Math.exp(1 - x / 60) };
  }),
};

describe('CurveGrid', () => {
  it('says a box is crossed exactly when a segment passes within the clearance (to one grid cell)', () => {
    const grid = new CurveGrid(BOUNDS, [decay]);
    let checked = 0;
    for (let y = 0; y < 380; y += 7) {
      for (let x = 0; x < 700; x += 13) {
        const box = { x, y, width: 90, height: 24 };
        const exact = crosses(box, decay, decay.clearancePx);
        const far = crosses(box, decay, decay.clearancePx + 3 * Math.SQRT2 + 0.01);
        const saysCrossed = grid.crosses(box);
        // Never misses a curve; may keep a label up to one cell (3 px) farther off than needed.
        if (exact) expect(saysCrossed, `${x},${y}`).toBe(true);
        if (!far) expect(saysCrossed, `${x},${y}`).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('placeLabels keeps labels off the curves', () => {
  it('moves a label that wants a spot a curve passes through to its next preferred spot, and keeps the old behaviour where the spot is free', () => {
    const wanted = { x: 20, y: 30, width: 300, height: 30 };
    const spare = { x: 480, y: 30, width: 300, height: 30 };
    const request = { key: 'line', x: 20, y: 60, width: 300, height: 30, preferred: [wanted, spare] };
    // The curve's peak at x = 60 runs through the wanted spot.
    expect(crosses(wanted, decay)).toBe(true);
    const placed = placeLabels([request], BOUNDS, [], 12, [decay]).get('line')!;
    expect(placed).toEqual(spare);
    expect(crosses(placed, decay, decay.clearancePx)).toBe(false);
    // No curves: the wanted spot.
    expect(placeLabels([request], BOUNDS).get('line')).toEqual(wanted);
  });

  it('places several study labels around a peak with none over the curve or over each other', () => {
    const requests = ['a', 'b', 'c', 'd'].map((key, i) => ({
      key,
      x: 60 + i * 3,
      y: 40 + i * 2,
      width: 260,
      height: 28,
    }));
    const placed = [...placeLabels(requests, BOUNDS, [], 12, [decay]).values()];
    expect(placed).toHaveLength(4);
    for (const [i, a] of placed.entries()) {
      expect(crosses(a, decay, decay.clearancePx)).toBe(false);
      for (const b of placed.slice(i + 1)) {
        const overlap =
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap).toBe(false);
      }
    }
    // Without the curves, at least one of them lands on it: the avoidance is what keeps them off.
    const blind = [...placeLabels(requests, BOUNDS).values()];
    expect(blind.some((b) => crosses(b, decay))).toBe(true);
  });
});
