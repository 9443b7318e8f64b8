/**
 * Presentation mode draws no more path points than its chart has pixel columns (issue 16 §6): a long, finely
 * stepped scene (60 days at 10-minute steps, 8,641 points a curve) keeps at most two points per column (a
 * column's lowest and highest level, plus the ends), so a wider chart gets more points and a narrow one fewer.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../sim';
import { PresentationChart } from '../../renderer/src/presentation/PresentationChart';
import { sceneFromScenario, sceneSimulation } from '../../renderer/src/presentation/scenes';

const scene = sceneFromScenario({ ...defaultScenario(), horizonDays: 60, stepMin: 10 }, 'Long scene');

/** The number of points in each drawn curve's path at a chart width. */
function curvePoints(widthPx: number): number[] {
  const sim = sceneSimulation(scene);
  const markup = renderToStaticMarkup(
    <PresentationChart
      width={widthPx}
      height={500}
      chart="plasma"
      sim={sim}
      timeDays={sim.horizonH / 24}
      annotations={{ halfLife: null, steadyState: null, threshold: null, doses: false }}
      marks={{ points: [], bands: [], lines: [], fatInset: null }}
      fontScale={widthPx / 1920}
    />,
  );
  return [...markup.matchAll(/<path[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /class="[^"]*pres-curve/.test(tag))
    .map((tag) => (/ d="([^"]*)"/.exec(tag)?.[1] ?? '').split(/[ML]/).length - 1);
}

describe('presentation chart resolution', () => {
  it('keeps at most two points per pixel column, following the chart width', () => {
    const sim = sceneSimulation(scene);
    const full = sim.view.series.find((s) => s.panel === 'plasma')!.values.length;
    expect(full).toBe(8641);
    const narrow = curvePoints(640);
    const wide = curvePoints(1280);
    expect(narrow.length).toBeGreaterThan(0);
    for (const n of narrow) expect(n).toBeLessThanOrEqual(2 * (640 + 2) + 2);
    for (const n of wide) expect(n).toBeLessThanOrEqual(2 * (1280 + 2) + 2);
    // More pixels, more points (a fixed bucket count would draw the same number at every width).
    expect(Math.min(...wide)).toBeGreaterThan(Math.max(...narrow));
  });
});
