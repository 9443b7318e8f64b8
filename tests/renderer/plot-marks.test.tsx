/**
 * The chart kit's marks and their one label placement pass: labels drawn where their boxes say, placed labels
 * never on each other or on a mark's fixed label, and always inside the plot.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Box } from '../../renderer/src/plot/layout';
import { textWidthPx } from '../../renderer/src/plot/measure';
import { HaloLabel, placeLabels, textLabel } from '../../renderer/src/plot/marks/labels';
import { composeMarks, type Mark, type MarkContext } from '../../renderer/src/plot/marks/mark';
import { referenceLineMark } from '../../renderer/src/plot/marks/ReferenceLine';
import { labelledMarkersMark } from '../../renderer/src/plot/marks/LabelledMarkers';
import { projectorTheme } from '../../renderer/src/plot/theme';

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, b: Box) =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

const PLOT: Box = { x: 100, y: 50, width: 600, height: 300 };
const theme = projectorTheme(0.6);
// A plot 0-10 days wide and 0-5 units tall, drawn by hand rather than through the kit's scales.
const ctx: MarkContext = {
  x: (t) => PLOT.x + (t / 10) * PLOT.width,
  y: (v) => PLOT.y + PLOT.height - (v / 5) * PLOT.height,
  plot: PLOT,
  theme,
};

describe('labels', () => {
  it('measures a label at its anchor: start, middle and end boxes begin, centre and end on x', () => {
    const w = textWidthPx('Sato 2012', 20, 600);
    expect(textLabel('Sato 2012', 300, 100, 20, 'start').box).toEqual({
      x: 300,
      y: 80,
      width: w,
      height: 25,
    });
    expect(textLabel('Sato 2012', 300, 100, 20, 'middle').box.x).toBeCloseTo(300 - w / 2, 9);
    expect(textLabel('Sato 2012', 300, 100, 20, 'end').box.x).toBeCloseTo(300 - w, 9);
  });

  it('draws a label at the anchor and baseline its box was measured from', () => {
    const label = textLabel('half gone', 240, 130, 18, 'end');
    const svg = renderToStaticMarkup(<HaloLabel label={label} theme={theme} />);
    expect(svg).toContain('x="240"');
    expect(svg).toContain('y="130"');
    expect(svg).toContain('text-anchor="end"');
    expect(svg).toContain('>half gone</text>');
  });

  it('places five labels over one point apart from each other and off a blocked box, inside the bounds', () => {
    const blocked: Box = { x: 380, y: 120, width: 200, height: 30 };
    const requests = Array.from({ length: 5 }, (_, i) => ({
      key: `k${i}`,
      x: 400 + i,
      y: 160,
      width: 220,
      height: 26,
    }));
    const placed = [...placeLabels(requests, PLOT, [blocked]).values()];
    expect(placed).toHaveLength(5);
    for (const [i, a] of placed.entries()) {
      expect(inside(a, PLOT)).toBe(true);
      expect(overlaps(a, blocked)).toBe(false);
      for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
  });
});

describe('composeMarks', () => {
  it("keeps an observation's label off another mark's label, in one pass over all marks", () => {
    // The detection-limit label sits just above its line at the right; an observation right under it would
    // put its label there first if the reference line's box were not in the pass.
    const line = referenceLineMark(ctx, { label: 'Detection limit 0.1 ng/mL', value: 1 });
    const points = labelledMarkersMark(ctx, [
      { key: 'p', source: 'sato2012', label: 'Sato 2012: peak 6 h', tDays: 7, value: 0.9 },
    ]);
    let placedBox: Box | undefined;
    const spy: Mark = {
      ...points,
      render: (placed) => ((placedBox = placed.get('p')), points.render(placed)),
    };
    renderToStaticMarkup(<svg>{composeMarks([line, false, null, spy], PLOT)}</svg>);
    expect(placedBox).toBeDefined();
    expect(inside(placedBox!, PLOT)).toBe(true);
    // The line's label keeps the spot it asks for (nothing else is there) and the observation's keeps off it.
    const lineLabel = line.requests![0]!.preferred![0]!;
    expect(overlaps(placedBox!, lineLabel)).toBe(false);
    // Alone, the same observation takes the spot the line's label holds.
    const alone = placeLabels(points.requests!, PLOT).get('p')!;
    expect(overlaps(alone, lineLabel)).toBe(true);
  });

  it('draws the marks in the order given, skipping absent ones', () => {
    const a: Mark = { key: 'a', render: () => <g className="first" /> };
    const b: Mark = { key: 'b', render: () => <g className="second" /> };
    const svg = renderToStaticMarkup(<svg>{composeMarks([a, null, undefined, false, b], PLOT)}</svg>);
    expect(svg).toBe('<svg><g class="first"></g><g class="second"></g></svg>');
  });
});
