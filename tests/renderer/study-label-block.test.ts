/**
 * The presentation chart's study-label block (studyLabelBlock.ts), on hand-built layouts whose answers follow
 * from the geometry: crossing segments by construction, a block that must sit under a legend box and off a curve.
 */
import { describe, expect, it } from 'vitest';
import type { Box } from '../../renderer/src/plot/layout';
import type { LabelRequest, PathToAvoid } from '../../renderer/src/plot/marks/placeLabels';
import { segmentsCross, stackCrowdedLabels } from '../../renderer/src/presentation/studyLabelBlock';

const BOUNDS: Box = { x: 0, y: 0, width: 800, height: 500 };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('segmentsCross', () => {
  it('says an X crosses, parallel and end-to-end segments do not', () => {
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(true);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 5 }, { x: 10, y: 5 })).toBe(false);
    // Touching at an end does not count.
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 10, y: 10 }, { x: 20, y: 0 })).toBe(false);
  });
});

describe('stackCrowdedLabels', () => {
  // Four markers within 48 px across, low on the chart (a peak at y 400), as the single-dose scene's.
  const crowd: LabelRequest[] = [
    { key: 'a', x: 100, y: 400, width: 200, height: 30 },
    { key: 'b', x: 110, y: 380, width: 260, height: 30 },
    { key: 'c', x: 120, y: 420, width: 180, height: 30 },
    { key: 'd', x: 130, y: 470, width: 220, height: 30 },
  ];

  it('gives the crowd one column right of it, rows not overlapping, leaders not crossing, clear of a fixed box', () => {
    const legend: Box = { x: 0, y: 0, width: 800, height: 40 };
    const out = stackCrowdedLabels(crowd, BOUNDS, [legend], []);
    const boxes = out.map((r) => r.preferred![0]!);
    for (const b of boxes) {
      expect(b.x).toBe(130 + 16);
      expect(overlaps(b, legend)).toBe(false);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    // The leaders, marker to the row's left edge at its middle, as LabelledMarkers draws them.
    const leaders = out.map((r) => {
      const b = r.preferred![0]!;
      return [
        { x: r.x, y: r.y },
        { x: b.x, y: b.y + b.height / 2 },
      ] as const;
    });
    for (let i = 0; i < leaders.length; i++)
      for (let j = i + 1; j < leaders.length; j++)
        expect(segmentsCross(leaders[i]![0], leaders[i]![1], leaders[j]![0], leaders[j]![1])).toBe(false);
    // As high as it goes: right under the legend (its 2 px search step).
    expect(Math.min(...boxes.map((b) => b.y))).toBeLessThan(44);
  });

  it('keeps the block off a curve running across the top, and leaves a lone marker to the placement pass', () => {
    const across: PathToAvoid = {
      points: [
        { x: 0, y: 60 },
        { x: 800, y: 60 },
      ],
      clearancePx: 4,
    };
    const boxes = stackCrowdedLabels(crowd, BOUNDS, [], [across]).map((r) => r.preferred![0]!);
    for (const b of boxes) expect(b.y >= 64 || b.y + b.height <= 56).toBe(true);
    const lone = [{ key: 'x', x: 300, y: 300, width: 100, height: 30 }];
    expect(stackCrowdedLabels(lone, BOUNDS, [], [])).toEqual(lone);
  });
});
