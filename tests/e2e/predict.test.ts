/**
 * Predict, then reveal, in Chromium (issue 17 §1), driven by Page Down alone after the sketch: a prediction
 * scene hides the curve and the numbers, a pointer drag leaves a sketch, Page Down reveals the real curve
 * (drawn over the sketch) and a score in words, and Page Down again moves on. Also: after the Time slider is
 * dragged with the mouse, Page Down still changes the scene at every projector size.
 *
 * The lesson is given to the app as the lesson in progress (the autosave's storage), written with the
 * lesson file's own serializer: the same path a reload takes.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumTarget, type AppSession } from './support/appTargets';
import { serializeLesson } from '../../renderer/src/presentation/lesson';
import { storyScenes } from '../../renderer/src/presentation/scenes';
import { LESSON_STORAGE_KEY } from '../../renderer/src/presentation/useLesson';
import { STORY } from '../../renderer/src/presentation/story';

const target = chromiumTarget();
const SHOTS = resolve(fileURLToPath(new URL('../../docs/screenshots', import.meta.url)));
const N = STORY.length;

const overlay = (page: Page) => page.getByRole('dialog', { name: 'Presentation mode' });
const counter = (page: Page) => page.getByTestId('scene-counter');
const curvePoints = (page: Page) =>
  page
    .locator('[data-testid=presentation-chart] path.pres-curve')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-points'))));

/**
 * The built-in story with scene 2 (daily MK-7) a prediction of the whole curve; or with scene 1 (one dose) a
 * prediction of the numbers with a typed peak time, and scene 5 one of the future after day 3.
 */
function predictionLesson(variant: 'whole' | 'numbers-and-future'): string {
  const scenes = storyScenes();
  if (variant === 'whole') {
    scenes[1] = { ...scenes[1]!, predict: { hide: 'curve', allowReveal: true } };
    // Scene 3 predicts without a reveal: the class discusses it, Next moves on.
    scenes[2] = { ...scenes[2]!, predict: { hide: 'curve', allowReveal: false } };
  } else {
    scenes[0] = { ...scenes[0]!, predict: { hide: 'numbers', allowReveal: true, guesses: ['peakTime'] } };
    scenes[4] = { ...scenes[4]!, predict: { hide: 'future', fromDays: 3, allowReveal: true } };
  }
  return serializeLesson({ title: 'Predict first', scenes });
}

async function openWithLesson(app: AppSession, text: string): Promise<Page> {
  const page = app.page;
  await page.locator('[data-testid=plasma-chart] .plot-tick').first().waitFor();
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [LESSON_STORAGE_KEY, text]);
  await page.reload();
  await page.locator('[data-testid=plasma-chart] .plot-tick').first().waitFor();
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await overlay(page).waitFor();
  return page;
}

/** Drags across the sketch surface from `from` to `to` (fractions of its box), in `steps` moves. */
async function drag(page: Page, points: readonly (readonly [number, number])[]): Promise<void> {
  const box = (await page.getByTestId('sketch-surface').boundingBox())!;
  const at = ([fx, fy]: readonly [number, number]) =>
    [box.x + fx * box.width, box.y + fy * box.height] as const;
  const [x0, y0] = at(points[0]!);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (const p of points.slice(1)) {
    const [x, y] = at(p);
    await page.mouse.move(x, y, { steps: 6 });
  }
  await page.mouse.up();
}

describe('Predict, then reveal (chromium)', () => {
  let app: AppSession;
  beforeAll(() => target.setup());
  afterAll(() => target.teardown());

  it('a prediction scene hides the curve; a drag leaves a sketch; Page Down reveals curve and score, the sketch stays; Page Down moves on', async () => {
    app = await target.open({ width: 1280, height: 720 });
    const page = await openWithLesson(app, predictionLesson('whole'));
    expect(await counter(page).textContent()).toBe(`Scene 1 of ${N}`);
    await page.keyboard.press('PageDown');
    expect(await counter(page).textContent()).toBe(`Scene 2 of ${N}`);

    // Hidden: no curve drawn beyond its first point, no caption numbers, no annotation labels.
    const hidden = await curvePoints(page);
    expect(hidden.length).toBeGreaterThan(0);
    for (const n of hidden) expect(n).toBeLessThanOrEqual(1);
    const prompt = (await page.getByTestId('scene-caption').textContent()) ?? '';
    expect(prompt).toMatch(/^Predict: sketch how the MK-7 level changes\. Next reveals the real curve\.$/);
    expect(prompt.replace('MK-7', '')).not.toMatch(/\d/);
    expect(await page.locator('.pres-annotation-steady, .pres-annotation-halflife').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Reveal ▶' }).count()).toBe(1);
    expect(await page.getByRole('slider', { name: 'Time' }).isDisabled()).toBe(true);

    // A rise to a plateau, drawn with the mouse.
    await drag(page, [
      [0.02, 0.97],
      [0.1, 0.75],
      [0.25, 0.55],
      [0.45, 0.45],
      [0.7, 0.42],
      [0.98, 0.42],
    ]);
    const sketch = page.locator('path.pres-sketch');
    expect(await sketch.count()).toBe(1);
    const sketchPoints = Number(await sketch.getAttribute('data-points'));
    expect(sketchPoints).toBeGreaterThan(20);
    // The controls fade when idle (3 s): the screenshot shows what the room sees.
    await page.mouse.move(5, 5);
    await page.locator('.presentation.pres-idle').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(600); // the fade's transition
    await page.screenshot({ path: join(SHOTS, 'predict-before-reveal.png') });

    // Page Down reveals: the curve draws, a score in words appears, the sketch stays, the scene does not change.
    await page.keyboard.press('PageDown');
    expect(await counter(page).textContent()).toBe(`Scene 2 of ${N}`);
    const score = page.getByTestId('predict-score');
    await score.waitFor();
    const words = (await score.textContent()) ?? '';
    console.log(`[e2e] reveal: ${words}`);
    expect(words).toMatch(/^Your peak was .*; the shape was .*\. Score \d+\/100\./);
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('[data-testid=presentation-chart] path.pres-curve')).every(
          (e) => Number(e.getAttribute('data-points')) > 50,
        ),
      undefined,
      { timeout: 20_000 },
    );
    // The sketch stays (redrawn on the revealed chart's axes, which gained room for the annotations).
    expect(await sketch.count()).toBe(1);
    expect(Number(await sketch.getAttribute('data-points'))).toBe(sketchPoints);
    // The real curve is drawn over the sketch (later in the SVG).
    expect(
      await page.evaluate(() => {
        const s = document.querySelector('path.pres-sketch')!;
        const c = document.querySelector('path.pres-curve')!;
        return Boolean(s.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);
    expect((await page.getByTestId('scene-caption').textContent()) ?? '').toMatch(/half-life is 68 h/);
    // The reveal's drawing ends at the run's end (12 s of playback), then the controls fade.
    await page.waitForFunction(
      (end) => Number((document.querySelector('input[aria-label=Time]') as HTMLInputElement).value) >= end,
      STORY[1]!.scenario.horizonDays,
      { timeout: 30_000 },
    );
    await page.locator('.presentation.pres-idle').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(600); // the fade's transition
    await page.screenshot({ path: join(SHOTS, 'predict-after-reveal.png') });

    // Page Down again moves on.
    await page.keyboard.press('PageDown');
    expect(await counter(page).textContent()).toBe(`Scene 3 of ${N}`);
    expect(await page.getByTestId('predict-score').count()).toBe(0);
    // Scene 3 allows no reveal: hidden, said so, and Page Down goes on to scene 4.
    for (const n of await curvePoints(page)) expect(n).toBeLessThanOrEqual(1);
    expect(await page.getByTestId('scene-caption').textContent()).toMatch(
      /The real curve stays hidden in this scene\.$/,
    );
    await page.keyboard.press('PageDown');
    expect(await counter(page).textContent()).toBe(`Scene 4 of ${N}`);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('numbers hidden with a typed peak time, answered at the reveal; the future part after day 3 hidden with the past drawn', async () => {
    app = await target.open({ width: 1280, height: 720 });
    const page = await openWithLesson(app, predictionLesson('numbers-and-future'));
    expect(await counter(page).textContent()).toBe(`Scene 1 of ${N}`);
    // Numbers hidden: the curves show, the value axis's numbers, the caption and the study labels do not.
    for (const n of await curvePoints(page)) expect(n).toBeGreaterThan(50);
    expect(await page.locator('[data-testid=presentation-chart] .pres-observation').count()).toBe(0);
    expect(
      await page
        .locator('[data-testid=presentation-chart] .plot-tick-y')
        .evaluateAll((els) => els.every((e) => getComputedStyle(e).visibility === 'hidden')),
    ).toBe(true);
    expect(await page.getByTestId('scene-caption').textContent()).toMatch(/^Predict: how high does MK-7 go/);
    const box = page.getByRole('textbox', { name: 'Peak time (h)' });
    // Typed and not yet committed (no Enter): the reveal still reads it.
    await box.fill('12');
    await page.keyboard.press('PageDown');
    // MK-7's model peak after one dose is 5 h (README's science table: Sato 2012 / Schurgers 2007 rows).
    expect(await page.getByTestId('predict-score').textContent()).toBe(
      'No sketch was drawn. Peak time: you said 12 h; it was 5 h, 7 h late.',
    );
    expect(await page.locator('[data-testid=presentation-chart] .pres-observation').count()).toBe(5);
    await page.keyboard.press('PageDown');
    expect(await counter(page).textContent()).toBe(`Scene 2 of ${N}`);

    for (let i = 2; i < 5; i++) await page.keyboard.press('PageDown');
    expect(await counter(page).textContent()).toBe(`Scene 5 of ${N}`);
    // Drawn up to day 3 only, the rest shaded.
    const drawn = await curvePoints(page);
    const expected = STORY[4]!.scenario.horizonDays;
    expect(expected).toBeGreaterThan(3);
    expect(await page.locator('.pres-hidden-region').count()).toBe(1);
    await drag(page, [
      [0.2, 0.5],
      [0.6, 0.6],
      [0.98, 0.7],
    ]);
    await page.keyboard.press('PageDown');
    await page.getByTestId('predict-score').waitFor();
    expect(await counter(page).textContent()).toBe(`Scene 5 of ${N}`);
    await page.waitForFunction(
      (before) =>
        Number(
          document
            .querySelector('[data-testid=presentation-chart] path.pres-curve')
            ?.getAttribute('data-points'),
        ) >
        before * 2,
      drawn[0]!,
      { timeout: 20_000 },
    );
    await page.keyboard.press('PageDown');
    expect(await counter(page).textContent()).toBe(`Scene 6 of ${N}`);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('a finger draws too (touch input through Chromium DevTools), and Space reveals like Next', async () => {
    app = await target.open({ width: 1024, height: 768 });
    // Touch input on, before the page loads the lesson (the reload in openWithLesson).
    const cdp = await app.page.context().newCDPSession(app.page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const page = await openWithLesson(app, predictionLesson('whole'));
    await page.keyboard.press('PageDown');
    expect(await counter(page).textContent()).toBe(`Scene 2 of ${N}`);
    const box = (await page.getByTestId('sketch-surface').boundingBox())!;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', fx: number, fy: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: box.x + fx * box.width, y: box.y + fy * box.height }],
      });
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      document.addEventListener('pointerdown', (e) => seen.push(e.pointerType), true);
    });
    await touch('touchStart', 0.05, 0.9);
    for (let i = 1; i <= 20; i++) await touch('touchMove', 0.05 + i * 0.045, 0.9 - 0.5 * Math.min(1, i / 8));
    await touch('touchEnd', 0, 0);
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['touch']);
    const sketch = page.locator('path.pres-sketch');
    expect(await sketch.count()).toBe(1);
    expect(Number(await sketch.getAttribute('data-points'))).toBeGreaterThan(10);
    // The page did not scroll under the finger.
    expect(await page.evaluate(() => [scrollX, scrollY])).toEqual([0, 0]);
    await page.keyboard.press(' ');
    await page.getByTestId('predict-score').waitFor();
    expect(await counter(page).textContent()).toBe(`Scene 2 of ${N}`);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('after the Time slider is dragged with the mouse, Page Down (and the arrows) still change the scene, at every projector size', async () => {
    const sizes = [
      [1024, 768],
      [1280, 720],
      [1366, 768],
      [1920, 1080],
    ] as const;
    for (const [width, height] of sizes) {
      app = await target.open({ width, height });
      const page = app.page;
      await page.locator('[data-testid=plasma-chart] .plot-tick').first().waitFor();
      await page.getByRole('button', { name: 'Presentation mode' }).click();
      await overlay(page).waitFor();
      await page.keyboard.press('ArrowRight');
      const where = `${width}x${height}`;
      expect(await counter(page).textContent(), where).toBe(`Scene 2 of ${N}`);
      const slider = page.getByRole('slider', { name: 'Time' });
      const dragSlider = async () => {
        const box = (await slider.boundingBox())!;
        const y = box.y + box.height / 2;
        await page.mouse.move(box.x + box.width * 0.9, y);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width * 0.3, y, { steps: 8 });
        await page.mouse.up();
        const moved = Number(await slider.inputValue());
        expect(moved, where).toBeLessThan(STORY[1]!.scenario.horizonDays * 0.6);
      };
      await dragSlider();
      await page.keyboard.press('PageDown');
      expect(await counter(page).textContent(), where).toBe(`Scene 3 of ${N}`);
      // The focus goes back to the scene after a drag: the arrows change scenes too (a focused slider would take them).
      await dragSlider();
      await page.keyboard.press('ArrowRight');
      expect(await counter(page).textContent(), where).toBe(`Scene 4 of ${N}`);
      await app.close();
    }
  });
});
