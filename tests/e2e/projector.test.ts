/**
 * Readable from the back row (issue 17 §3), measured in Chromium at four projector sizes:
 * - every caption and label of presentation mode (title, scene counter, caption, caution, axis labels, legend,
 *   annotation and study labels, the fat inset's text) is drawn at least 3.3% of the window's height (18 pt on
 *   a slide), read from the browser's computed font size and rendered text box;
 * - no label's rendered box holds any point of a drawn curve, sampled along each path with getPointAtLength
 *   (the browser's own geometry, not the placement code's); no two drawn text boxes overlap, and no two study
 *   labels' leader lines cross (segment intersection of the drawn lines in screen pixels);
 * - the controls fade after 3 s idle and come back, never while a control has keyboard focus, without
 *   animating under reduced motion, and take little of the screen when shown; while they show, their box meets
 *   no caption, caution or score box (they have a row of their own);
 * - the projector colour profile is switched in presentation mode, is remembered over a reload and shows in the
 *   main window's switch; screenshots with it off and on go to docs/screenshots/projector-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { captionFit } from './support/captionFit';
import { chromiumTarget, type AppSession } from './support/appTargets';
import { measureScene } from './support/presentationMeasure';
import { openMore } from './support/presentationMore';
import { STORY } from '../../renderer/src/presentation/story';

const SHOTS = join(resolve(fileURLToPath(new URL('../..', import.meta.url))), 'docs', 'screenshots');
const SIZES = [
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const;
/** 18 pt on a 7.5-inch-high slide: the least a back row reads. */
const MIN_SHARE = 0.033;
const N = STORY.length;
const THRESHOLD_SCENE = STORY.findIndex((s) => s.annotations.threshold) + 1;

const target = chromiumTarget();

const counterText = (page: Page) => page.getByTestId('scene-counter').textContent();

async function present(viewport: { width: number; height: number }): Promise<AppSession> {
  const app = await target.open(viewport);
  await app.page.locator('[data-testid=plasma-chart] .plot-tick').first().waitFor();
  await app.page.getByRole('button', { name: 'Presentation mode' }).click();
  await app.page.getByRole('dialog', { name: 'Presentation mode' }).waitFor();
  return app;
}

/** Scene n (1-based) from the first, by Page Down, waiting for the counter to say so. */
async function goToScene(page: Page, n: number): Promise<void> {
  await page.keyboard.press('Home');
  for (let i = 1; i < n; i++) await page.keyboard.press('PageDown');
  await page
    .getByTestId('scene-counter')
    .filter({ hasText: `Scene ${n} of` })
    .waitFor();
  await page.waitForTimeout(150);
}

describe('Presentation mode readable from the back row (chromium)', () => {
  beforeAll(() => target.setup());
  afterAll(() => target.teardown());

  it('every caption and label is at least 3.3% of the window height, no label box holds a point of a curve or meets another text box, and no two study-label leaders cross, in every scene at four sizes', async () => {
    const small: string[] = [];
    const crossed: string[] = [];
    const overlapping: string[] = [];
    const tangled: string[] = [];
    const least = new Map<string, number>();
    for (const [width, height] of SIZES) {
      const app = await present({ width, height });
      const page = app.page;
      for (let scene = 1; scene <= N; scene++) {
        if (scene > 1) await page.keyboard.press('PageDown');
        await page
          .getByTestId('scene-counter')
          .filter({ hasText: `Scene ${scene} of` })
          .waitFor();
        await page.waitForTimeout(150);
        const m = await measureScene(page);
        const where = `${width}x${height} scene ${scene}`;
        expect(m.curves, `${where}: curves drawn`).toBeGreaterThan(0);
        expect(m.samples, `${where}: points sampled`).toBeGreaterThan(100);
        for (const t of m.texts) {
          const share = t.fontPx / m.vh;
          least.set(`${width}x${height}`, Math.min(least.get(`${width}x${height}`) ?? 1, share));
          if (share < MIN_SHARE - 1e-9)
            small.push(`${where}: "${t.text}" ${t.fontPx}px = ${(share * 100).toFixed(2)}%`);
          // The rendered box is taller than the font size (ascent + descent): a second, looser reading.
          if (t.boxH / m.vh < MIN_SHARE) small.push(`${where}: "${t.text}" box ${t.boxH.toFixed(1)}px high`);
        }
        for (const c of m.crossings) crossed.push(`${where}: "${c.label}" over ${c.curve} at ${c.x},${c.y}`);
        for (const o of m.overlaps) overlapping.push(`${where}: "${o.a}" / "${o.b}"`);
        for (const c of m.leaderCrossings) tangled.push(`${where}: leaders of "${c.a}" and "${c.b}" cross`);
      }
      expect(app.errors).toEqual([]);
      await app.close();
    }
    console.log(
      `[e2e] least text size as a share of the window height: ${[...least]
        .map(([size, share]) => `${size} ${(share * 100).toFixed(2)}%`)
        .join(', ')}`,
    );
    expect({ small, crossed, overlapping, tangled }).toEqual({
      small: [],
      crossed: [],
      overlapping: [],
      tangled: [],
    });
  }, 300_000);

  it("at 1024 x 768 every scene's caption fits its five lines without scrolling", async () => {
    const app = await present({ width: 1024, height: 768 });
    const page = app.page;
    const caption = page.locator('[data-testid=presentation] .pres-caption');
    const overflowing: string[] = [];
    const lines: number[] = [];
    for (let scene = 1; scene <= N; scene++) {
      await goToScene(page, scene);
      const fit = await captionFit(caption, scene);
      lines.push(fit.lines);
      if (fit.overflow) overflowing.push(fit.overflow);
    }
    console.log(`[e2e] caption lines at 1024x768, scenes 1-${N}: ${lines.join(', ')}`);
    expect(overflowing).toEqual([]);
    expect(Math.max(...lines)).toBeLessThanOrEqual(5);
    expect(app.errors).toEqual([]);
    await app.close();
  }, 120_000);

  it('while the controls show, they lie over no text the room reads (caption, caution, score), in every scene at four sizes', async () => {
    const covered: string[] = [];
    for (const [width, height] of SIZES) {
      const app = await present({ width, height });
      const page = app.page;
      const bar = page.locator('.pres-controls');
      for (let scene = 1; scene <= N; scene++) {
        await goToScene(page, scene);
        // A pointer movement calls the bar back (a clicker's Page Down does not).
        await page.mouse.move(width / 2, height / 3);
        await page.mouse.move(width / 2 + 7, height / 3 + 5);
        await expect
          .poll(() => bar.evaluate((e) => getComputedStyle(e).opacity), { timeout: 2000 })
          .toBe('1');
        const boxes = await page.evaluate(() => {
          const rect = (e: Element) => {
            const r = e.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
          };
          const text = Array.from(
            document.querySelectorAll(
              '.presentation .pres-caption, .presentation .caution-line, .pres-score',
            ),
          ).map((e) => ({ what: e.className, ...rect(e) }));
          return { bar: rect(document.querySelector('.pres-controls')!), text };
        });
        const { bar: b } = boxes;
        for (const t of boxes.text) {
          const meets = t.left < b.right && b.left < t.right && t.top < b.bottom && b.top < t.bottom;
          if (meets)
            covered.push(
              `${width}x${height} scene ${scene}: ${t.what} ${t.top.toFixed(0)}-${t.bottom.toFixed(0)} px, bar from ${b.top.toFixed(0)} px`,
            );
        }
        // The bar is inside the window, so what it holds can be reached.
        expect(b.bottom).toBeLessThanOrEqual(height + 0.5);
      }
      expect(app.errors).toEqual([]);
      await app.close();
    }
    expect(covered).toEqual([]);
  }, 300_000);

  it('every toolbar control lies inside the window at four sizes, with the More… panel shut and open, and the bar covers neither the plot nor the caption', async () => {
    const outside: string[] = [];
    const covering: string[] = [];
    for (const [width, height] of SIZES) {
      const app = await present({ width, height });
      const page = app.page;
      await page.mouse.move(width / 2, height / 3);
      const controls = () =>
        page.evaluate(() => {
          const bar = document.querySelector('.pres-controls')!;
          return Array.from(bar.querySelectorAll('button, input, label, output'))
            .map((e) => {
              const r = e.getBoundingClientRect();
              return {
                name: (e.textContent || e.getAttribute('aria-label') || e.tagName).trim().slice(0, 40),
                shown: r.width > 0 && r.height > 0,
                left: r.left,
                right: r.right,
                top: r.top,
                bottom: r.bottom,
              };
            })
            .filter((c) => c.shown);
        });
      const check = (list: Awaited<ReturnType<typeof controls>>, state: string) => {
        for (const c of list)
          if (c.left < -0.5 || c.top < -0.5 || c.right > width + 0.5 || c.bottom > height + 0.5)
            outside.push(
              `${width}x${height} ${state}: "${c.name}" at x ${c.left.toFixed(0)}-${c.right.toFixed(0)}`,
            );
      };
      const shut = await controls();
      check(shut, 'shut');
      // The bar (panel shut) lies under the chart's plot area and the caption.
      const boxes = await page.evaluate(() => {
        const rect = (e: Element) => {
          const r = e.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        };
        const grid = document.querySelector('[data-testid=presentation-chart] svg')!;
        return {
          bar: rect(document.querySelector('.pres-controls')!),
          caption: rect(document.querySelector('.presentation .pres-caption')!),
          chart: rect(grid),
        };
      });
      for (const [what, b] of [
        ['caption', boxes.caption],
        ['chart', boxes.chart],
      ] as const)
        if (b.bottom > boxes.bar.top + 0.5 && b.top < boxes.bar.bottom)
          covering.push(
            `${width}x${height}: bar from ${boxes.bar.top.toFixed(0)} px over the ${what} to ${b.bottom.toFixed(0)} px`,
          );
      // Every control is there to be reached: behind the More… button (keyboard reachable) where it is shown.
      const dialog = page.getByTestId('presentation');
      const more = dialog.getByRole('button', { name: 'More…' });
      if (await more.isVisible()) {
        await more.focus();
        await page.keyboard.press('Enter');
        expect(await more.getAttribute('aria-expanded')).toBe('true');
        const open = await controls();
        check(open, 'More… open');
        for (const name of ['Add current view as a scene', 'Built-in story', 'Save lesson…'])
          expect(await dialog.getByRole('button', { name }).isVisible(), `${width}x${height}: ${name}`).toBe(
            true,
          );
        expect(await dialog.getByRole('checkbox', { name: 'Half-life marker' }).isVisible()).toBe(true);
        expect(open.length).toBeGreaterThan(shut.length);
        // A clicker's key still turns the scene with the panel open.
        await page.keyboard.press('PageDown');
        expect(await counterText(page)).toBe(`Scene 2 of ${N}`);
      }
      expect(await dialog.getByRole('button', { name: 'Exit (Esc)' }).isVisible()).toBe(true);
      expect(app.errors).toEqual([]);
      await app.close();
    }
    expect({ outside, covering }).toEqual({ outside: [], covering: [] });
  }, 300_000);

  it('the controls take little room, fade after 3 s idle, come back on movement or keys, and stay while a control has keyboard focus', async () => {
    const app = await present({ width: 1024, height: 768 });
    const page = app.page;
    const bar = page.locator('.pres-controls');
    const opacity = () => bar.evaluate((e) => Number(getComputedStyle(e).opacity));
    await page.mouse.move(500, 400);
    await page.mouse.move(510, 410);
    expect(await opacity()).toBe(1);
    const box = (await bar.boundingBox())!;
    console.log(`[e2e] control bar at 1024x768: ${box.height}px = ${((box.height / 768) * 100).toFixed(1)}%`);
    // 17% before (three rows in the layout), 10.4% as three rows over the foot of the screen (where they hid the
    // caution and the caption's last line); now one row of its own, the less-used controls behind More….
    expect(box.height / 768).toBeLessThan(0.06);
    const stage = (await page.locator('.pres-stage').boundingBox())!;
    expect(stage.height / 768).toBeGreaterThan(0.5);
    // Every control of the row can be reached: the last one is on screen and is the one a click there finds.
    const last = bar.locator('button').last();
    const lastBox = (await last.boundingBox())!;
    expect(lastBox.x + lastBox.width).toBeLessThanOrEqual(1024);
    expect(
      await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('button')?.textContent ?? null,
        [lastBox.x + lastBox.width / 2, lastBox.y + lastBox.height / 2],
      ),
    ).toBe(await last.textContent());
    // Idle: faded (0.4 s transition after 3 s).
    await page.waitForTimeout(3900);
    expect(await opacity()).toBe(0);
    // Movement brings it back.
    await page.mouse.move(300, 300);
    await expect.poll(opacity, { timeout: 1000 }).toBe(1);
    // A key too (Tab, which also puts the keyboard on a control) ...
    await page.waitForTimeout(3900);
    expect(await opacity()).toBe(0);
    await page.keyboard.press('Tab');
    await expect.poll(opacity, { timeout: 1000 }).toBe(1);
    // ... and with a control focused by the keyboard it stays, however long.
    expect(await page.evaluate(() => document.activeElement?.closest('.pres-controls') !== null)).toBe(true);
    await page.waitForTimeout(4500);
    expect(await opacity()).toBe(1);
    // A clicker's Page Down changes the scene without calling the bar back.
    await page.locator('[data-testid=presentation]').focus();
    await page.waitForTimeout(3900);
    expect(await opacity()).toBe(0);
    await page.keyboard.press('PageDown');
    expect(await counterText(page)).toBe(`Scene 2 of ${N}`);
    await page.waitForTimeout(100);
    expect(await opacity()).toBe(0);
    // Reduced motion: the fade is a step, not an animation.
    expect(await bar.evaluate((e) => getComputedStyle(e).transitionDuration)).not.toBe('0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await bar.evaluate((e) => getComputedStyle(e).transitionDuration)).toBe('0s');
    expect(app.errors).toEqual([]);
    await app.close();
  }, 120_000);

  it('the projector colour profile switches in presentation mode, is remembered, shows in the main window, and is screenshotted on and off', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const scenes = [1, 2, THRESHOLD_SCENE];
    for (const [width, height] of [
      [1024, 768],
      [1920, 1080],
    ] as const) {
      const app = await present({ width, height });
      const page = app.page;
      // The threshold scene's MK-7 curve (the switch is turned on there, after the standard screenshots).
      const curve = page.locator('[data-testid=presentation-chart] path.pres-curve[data-label="MK-7"]');
      const style = () =>
        curve.evaluate((e) => ({
          stroke: getComputedStyle(e).stroke,
          width: parseFloat(getComputedStyle(e).strokeWidth),
        }));
      for (const profile of ['standard', 'projector'] as const) {
        if (profile === 'projector') {
          const before = await style();
          await openMore(page);
          await page
            .getByRole('dialog', { name: 'Presentation mode' })
            .getByRole('checkbox', { name: 'Projector colours' })
            .check();
          expect(await page.evaluate(() => document.documentElement.dataset['profile'])).toBe('projector');
          // Off the bar, which stays while the pointer rests on it.
          await page.mouse.move(width / 2, height / 3);
          const after = await style();
          // MK-7's Okabe-Ito blue darkened, and the line drawn 1.4x as thick.
          expect(before.stroke).toBe('rgb(0, 114, 178)');
          expect(after.stroke).toBe('rgb(0, 80, 158)');
          expect(after.width / before.width).toBeCloseTo(1.4, 2);
        }
        for (const scene of scenes) {
          await goToScene(page, scene);
          // The room's view: the controls faded.
          await page.waitForTimeout(3700);
          await page.screenshot({
            path: join(SHOTS, `projector-${width}x${height}-scene${scene}-${profile}.png`),
          });
        }
      }
      // Remembered: a reload keeps it, and the main window's switch shows it.
      await page.reload();
      await page.locator('[data-testid=plasma-chart] .plot-tick').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset['profile'])).toBe('projector');
      const mainSwitch = page.getByRole('checkbox', { name: 'Projector colours' });
      expect(await mainSwitch.isChecked()).toBe(true);
      await mainSwitch.uncheck();
      expect(await page.evaluate(() => document.documentElement.dataset['profile'] ?? null)).toBe(null);
      expect(app.errors).toEqual([]);
      await app.close();
    }
  }, 300_000);
});
