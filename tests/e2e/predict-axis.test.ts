/**
 * A prediction scene's sketch keeps its place against the numbers at the reveal (new-user finding: the value
 * axis gained headroom for the annotations at the reveal, so the class's sketch jumped against the chart). In
 * Chromium: the sketch is drawn with the mouse, read back in values through the chart's own tick labels (their
 * text and where they are drawn), and read again after the reveal. Independent of the drawing code: the values
 * come from the pointer's position and the printed ticks only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumTarget } from './support/appTargets';
import { serializeLesson } from '../../renderer/src/presentation/lesson';
import { storyScenes } from '../../renderer/src/presentation/scenes';
import { LESSON_STORAGE_KEY } from '../../renderer/src/presentation/useLesson';

const target = chromiumTarget();

/** The built-in story with scene 2 (daily MK-7, steady-state band) and scene 3 (fat, with its inset) predicted. */
function lesson(): string {
  const scenes = storyScenes();
  scenes[1] = { ...scenes[1]!, predict: { hide: 'curve', allowReveal: true } };
  scenes[2] = { ...scenes[2]!, predict: { hide: 'curve', allowReveal: true } };
  return serializeLesson({ title: 'Predict the axis', scenes });
}

interface Tick {
  value: number;
  px: number;
}

/** The chart's tick labels as (number printed, centre in page pixels) along one axis. */
async function ticks(page: Page, axis: 'x' | 'y'): Promise<Tick[]> {
  return page.locator(`[data-testid=presentation-chart] .plot-tick-${axis}`).evaluateAll(
    (els, a) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return {
          value: Number((e.textContent ?? '').replace(/,/g, '')),
          px: a === 'y' ? r.top + r.height / 2 : r.left + r.width / 2,
        };
      }),
    axis,
  );
}

/** The plot's edges in page pixels, from the axes' lines (grid and axis lines span the plot). */
async function plotEdges(page: Page): Promise<{ top: number; bottom: number; left: number; right: number }> {
  return page
    .locator('[data-testid=presentation-chart] svg')
    .first()
    .evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const lines = Array.from(svg.querySelectorAll('.plot-axes line'), (l) => ({
        x1: Number(l.getAttribute('x1')),
        x2: Number(l.getAttribute('x2')),
        y1: Number(l.getAttribute('y1')),
        y2: Number(l.getAttribute('y2')),
      }));
      const vertical = lines.filter((l) => l.x1 === l.x2);
      const horizontal = lines.filter((l) => l.y1 === l.y2);
      return {
        top: box.top + Math.min(...vertical.map((l) => Math.min(l.y1, l.y2))),
        bottom: box.top + Math.max(...vertical.map((l) => Math.max(l.y1, l.y2))),
        left: box.left + Math.min(...horizontal.map((l) => Math.min(l.x1, l.x2))),
        right: box.left + Math.max(...horizontal.map((l) => Math.max(l.x1, l.x2))),
      };
    });
}

/** The axes' domains: the values the tick labels give the plot's edges. */
async function domains(page: Page): Promise<{ level: number[]; days: number[] }> {
  const [y, x, edge] = [await ticks(page, 'y'), await ticks(page, 'x'), await plotEdges(page)];
  return {
    level: [valueAt(y, edge.bottom), valueAt(y, edge.top)],
    days: [valueAt(x, edge.left), valueAt(x, edge.right)],
  };
}

/** Value at a page pixel, by the straight line through the first and last tick (both axes are linear here). */
function valueAt(t: readonly Tick[], px: number): number {
  const a = t[0]!;
  const b = t[t.length - 1]!;
  return a.value + ((px - a.px) * (b.value - a.value)) / (b.px - a.px);
}

/** The sketch's points in page pixels, from its path and the SVG's place on the page. */
async function sketchPixels(page: Page): Promise<{ x: number; y: number }[]> {
  return page.locator('path.pres-sketch').evaluate((p) => {
    const box = (p as SVGPathElement).ownerSVGElement!.getBoundingClientRect();
    return Array.from((p.getAttribute('d') ?? '').matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g), (m) => ({
      x: box.left + Number(m[1]),
      y: box.top + Number(m[2]),
    }));
  });
}

describe('Predict: the sketch stays with the numbers at the reveal (chromium)', () => {
  beforeAll(() => target.setup());
  afterAll(() => target.teardown());

  it('the value and time axes are the same before and after the reveal, and the sketch reads the same values through them', async () => {
    const app = await target.open({ width: 1280, height: 720 });
    const page = app.page;
    await page.locator('[data-testid=plasma-chart] .plot-tick').first().waitFor();
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [LESSON_STORAGE_KEY, lesson()]);
    await page.reload();
    await page.locator('[data-testid=plasma-chart] .plot-tick').first().waitFor();
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await page.getByRole('dialog', { name: 'Presentation mode' }).waitFor();
    const moved: string[] = [];
    for (const scene of [2, 3]) {
      // Scene 1 to 2; after scene 2's reveal, on to 3.
      await page.keyboard.press('PageDown');
      await page
        .getByTestId('scene-counter')
        .filter({ hasText: `Scene ${scene} of` })
        .waitFor();
      await page.waitForTimeout(200);
      const surface = (await page.getByTestId('sketch-surface').boundingBox())!;
      // Pointer positions as fractions of the plot; read in values through the ticks drawn now.
      const drawn = [
        [0.05, 0.9],
        [0.3, 0.5],
        [0.6, 0.35],
        [0.95, 0.3],
      ] as const;
      const pointer = drawn.map(([fx, fy]) => ({
        x: surface.x + fx * surface.width,
        y: surface.y + fy * surface.height,
      }));
      await page.mouse.move(pointer[0]!.x, pointer[0]!.y);
      await page.mouse.down();
      for (const p of pointer.slice(1)) await page.mouse.move(p.x, p.y, { steps: 4 });
      await page.mouse.up();
      const domainBefore = await domains(page);
      const beforeY = await ticks(page, 'y');
      const beforeX = await ticks(page, 'x');
      const meant = pointer.map((p) => ({ t: valueAt(beforeX, p.x), v: valueAt(beforeY, p.y) }));
      const spanY = beforeY[beforeY.length - 1]!.value - beforeY[0]!.value;
      const spanX = beforeX[beforeX.length - 1]!.value - beforeX[0]!.value;
      // Drawn where the pointer was (the sketch's own ends against the ticks).
      const sketchBefore = await sketchPixels(page);
      expect(Math.abs(valueAt(beforeY, sketchBefore[0]!.y) - meant[0]!.v)).toBeLessThan(spanY * 0.01);

      await page.keyboard.press('PageDown');
      await page.getByTestId('predict-score').waitFor();
      await page.waitForTimeout(300);
      const afterY = await ticks(page, 'y');
      const afterX = await ticks(page, 'x');
      // The axes span the same numbers as before the reveal (their ticks may be thinned to the plot's new height).
      const domainAfter = await domains(page);
      console.log(
        `[e2e] scene ${scene} axes before ${JSON.stringify(domainBefore)} after ${JSON.stringify(domainAfter)}`,
      );
      for (const k of ['level', 'days'] as const)
        for (const i of [0, 1])
          expect(domainAfter[k][i], `scene ${scene}: ${k} axis end ${i}`).toBeCloseTo(domainBefore[k][i]!, 1);
      // The sketch's first and last points read the values the pointer meant, through the new ticks.
      const sketchAfter = await sketchPixels(page);
      expect(sketchAfter.length).toBe(sketchBefore.length);
      for (const [i, p] of [
        [0, sketchAfter[0]!],
        [meant.length - 1, sketchAfter[sketchAfter.length - 1]!],
      ] as const) {
        const dv = Math.abs(valueAt(afterY, p.y) - meant[i]!.v);
        const dt = Math.abs(valueAt(afterX, p.x) - meant[i]!.t);
        if (dv > spanY * 0.01 || dt > spanX * 0.01)
          moved.push(`scene ${scene} point ${i}: off by ${dv.toFixed(3)} (level), ${dt.toFixed(3)} (days)`);
      }
    }
    expect(moved).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.close();
  }, 120_000);
});
