/**
 * Classroom mode in a real browser: entering it enlarges the type, the arrow keys step through the story,
 * playback moves the Time scrubber, and published observations are drawn with their study named.
 * Runs on Chromium against dist-web, and on Electron when a binary exists (skipped with the reason otherwise).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumTarget, electronTarget, type AppSession, type AppTarget } from './support/appTargets';
import { STORY } from '../../renderer/src/presentation/story';
import { LESSON_VERSION } from '../../renderer/src/presentation/lesson';
import { inMore, openMore } from './support/presentationMore';

/** Scenes of the built-in story, and the index of the K1 vs MK-7 scene. */
const N = STORY.length;
const K1_VS_MK7 = STORY.findIndex((s) => s.id === 'k1-vs-mk7');

const targets: AppTarget[] = [chromiumTarget(), electronTarget()];

const overlay = (page: Page) => page.getByRole('dialog', { name: 'Presentation mode' });
const counter = (page: Page) => page.getByTestId('scene-counter');
const caption = async (page: Page) => (await page.getByTestId('scene-caption').textContent()) ?? '';
const curvePaths = (page: Page) =>
  page
    .locator('[data-testid=presentation-chart] path.pres-curve')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-label')}:${e.getAttribute('d')}`));
const fontPx = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
const timeValue = async (page: Page) =>
  Number(await page.getByRole('slider', { name: 'Time', exact: true }).inputValue());

for (const target of targets) {
  if (target.skipReason) console.log(`[e2e] ${target.name} presentation run skipped: ${target.skipReason}`);

  describe.skipIf(target.skipReason !== null)(`Classroom mode (${target.name})`, () => {
    let app: AppSession;

    beforeAll(() => target.setup());
    afterAll(() => target.teardown());

    async function present(viewport?: { width: number; height: number }): Promise<Page> {
      app = await target.open(viewport);
      const page = app.page;
      await page.locator('[data-testid=plasma-chart] .plot-tick').first().waitFor();
      await page.getByRole('button', { name: 'Presentation mode' }).click();
      await overlay(page).waitFor();
      return page;
    }

    it('enlarges the chart text at least 1.5x, fills the window without fullscreen, and Esc leaves', async () => {
      app = await target.open({ width: 1280, height: 720 });
      const page = app.page;
      const tick = '[data-testid=plasma-chart] .plot-tick';
      await page.locator(tick).first().waitFor();
      const normalTick = await fontPx(page, tick);
      const normalLegend = await fontPx(page, '[data-testid=plasma-chart] .plot-legend-text');
      await page.getByRole('button', { name: 'Presentation mode' }).click();
      await overlay(page).waitFor();
      const bigTick = await fontPx(page, '[data-testid=presentation-chart] .plot-tick');
      const bigLegend = await fontPx(page, '[data-testid=presentation-chart] .plot-legend-text');
      console.log(
        `[e2e] tick font ${normalTick}px -> ${bigTick}px; legend ${normalLegend}px -> ${bigLegend}px`,
      );
      expect(bigTick / normalTick).toBeGreaterThanOrEqual(1.5);
      expect(bigLegend / normalLegend).toBeGreaterThanOrEqual(1.5);
      // Curves at least 4 px; near-black text on white.
      const stroke = await page.locator('path.pres-curve').first().getAttribute('stroke-width');
      expect(Number(stroke)).toBeGreaterThanOrEqual(4);
      const colors = await overlay(page).evaluate((e) => [
        getComputedStyle(e).backgroundColor,
        getComputedStyle(e).color,
      ]);
      expect(colors).toEqual(['rgb(255, 255, 255)', 'rgb(17, 17, 17)']);
      // Headless Chromium refuses or ignores fullscreen; the overlay still covers the window.
      const box = await overlay(page).boundingBox();
      expect(box).toMatchObject({ x: 0, y: 0, width: 1280, height: 720 });
      expect(await counter(page).textContent()).toBe(`Scene 1 of ${N}`);
      await page.keyboard.press('Escape');
      await overlay(page).waitFor({ state: 'detached' });
      expect(await page.locator(tick).count()).toBeGreaterThan(0);
      // Keyboard focus comes back to the button that opened it, not to the top of the page.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Presentation mode');
      // F5 enters as well.
      await page.keyboard.press('F5');
      await overlay(page).waitFor();
      expect(app.errors).toEqual([]);
      await app.close();
    });

    it('keeps keyboard focus inside presentation mode: Tab never reaches the page behind', async () => {
      const page = await present();
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press(i % 7 === 6 ? 'Shift+Tab' : 'Tab');
        const inside = await page.evaluate(() => {
          const dialog = document.querySelector('[data-testid=presentation]')!;
          return dialog.contains(document.activeElement);
        });
        expect(inside, `after ${i + 1} presses`).toBe(true);
      }
      // A scene change that takes the focused control away (Next goes disabled on the last scene) keeps
      // focus in the dialog, not on the page behind.
      await page.getByRole('button', { name: /^Next/ }).focus();
      await page.keyboard.press('End');
      await page.waitForTimeout(100);
      expect(
        await page.evaluate(() => {
          const dialog = document.querySelector('[data-testid=presentation]')!;
          const active = document.activeElement;
          return dialog.contains(active) && !(active as HTMLButtonElement).disabled;
        }),
      ).toBe(true);
      await page.keyboard.press('ArrowLeft');
      expect(await page.getByTestId('scene-counter').textContent()).toBe(`Scene ${N - 1} of ${N}`);
      // No chart inside is a tab stop.
      expect(
        await page.locator('[data-testid=presentation-chart] [tabindex], .pres-fat-inset [tabindex]').count(),
      ).toBe(0);
      await app.close();
    });

    it.skipIf(target.name === 'electron')(
      'at projector sizes every scene keeps its text on screen, with no text over other text and every legend entry shown',
      async () => {
        const sizes = [
          [1024, 768],
          [1280, 720],
          [1366, 768],
          [1920, 1080],
          [3840, 2160],
        ] as const;
        const failures: string[] = [];
        for (const [width, height] of sizes) {
          const page = await present({ width, height });
          for (let scene = 1; scene <= N; scene++) {
            if (scene > 1) await page.keyboard.press('ArrowRight');
            await page.waitForTimeout(150);
            const result = await page.evaluate(() => {
              const root = document.querySelector('[data-testid=presentation]')!;
              const nodes = [
                ...Array.from(root.querySelectorAll('svg text')),
                ...Array.from(root.querySelectorAll('.pres-title, .pres-counter, .pres-caption')),
              ].filter((n) => (n.textContent ?? '').trim() !== '');
              const boxes = nodes.map((n) => {
                const r = n.getBoundingClientRect();
                return { text: (n.textContent ?? '').trim(), x: r.x, y: r.y, w: r.width, h: r.height };
              });
              return {
                boxes,
                legend: root.querySelectorAll('.plot-legend-item').length,
                vw: innerWidth,
                vh: innerHeight,
              };
            });
            const where = `${width}x${height} scene ${scene}`;
            for (const b of result.boxes) {
              if (b.x < -0.5 || b.y < -0.5 || b.x + b.w > result.vw + 0.5 || b.y + b.h > result.vh + 0.5)
                failures.push(`${where}: "${b.text}" leaves the screen`);
            }
            // Glyph boxes include the line's ascent and descent; 1 px of touching is not text over text.
            const slack = 1;
            for (let i = 0; i < result.boxes.length; i++) {
              for (let j = i + 1; j < result.boxes.length; j++) {
                const a = result.boxes[i]!;
                const b = result.boxes[j]!;
                const overlap =
                  a.x + slack < b.x + b.w &&
                  b.x + slack < a.x + a.w &&
                  a.y + slack < b.y + b.h &&
                  b.y + slack < a.y + a.h;
                if (overlap) failures.push(`${where}: "${a.text}" overlaps "${b.text}"`);
              }
            }
            expect(result.legend, where).toBeGreaterThan(0);
          }
          await app.close();
        }
        expect(failures).toEqual([]);
      },
    );

    it('a scene added from an nmol/L log view keeps its axis and units, and its caption speaks nmol/L', async () => {
      app = await target.open({ width: 1280, height: 720 });
      const page = app.page;
      await page.locator('[data-testid=plasma-chart] .plot-tick').first().waitFor();
      await page.getByRole('radio', { name: 'Log' }).check();
      await page.getByRole('radio', { name: 'nmol/L' }).check();
      const screenTicks = await page.locator('[data-testid=plasma-chart] .plot-tick-y').allTextContents();
      await page.getByRole('button', { name: 'Add current view as a scene' }).click();
      await page.getByRole('button', { name: 'Presentation mode' }).click();
      await overlay(page).waitFor();
      await page.keyboard.press('End');
      expect(await counter(page).textContent()).toBe(`Scene ${N + 1} of ${N + 1}`);
      const chart = page.locator('[data-testid=presentation-chart]');
      expect(await chart.locator('.plot-axis-title-y').first().getAttribute('aria-label')).toBe(
        'Plasma concentration (nmol/L)',
      );
      // The same log axis as on screen (the projector chart has no annotation headroom on a log axis).
      expect(await chart.locator('.plot-tick-y').allTextContents()).toEqual(screenTicks);
      expect(await caption(page)).toMatch(/peak [\d.]+ nmol\/L/);
      expect(await caption(page)).not.toMatch(/ng\/mL/);
      await app.close();
    });

    it('a clicker always works: Page Up/Down change scenes even with the Time slider or the threshold box focused; B blanks the screen', async () => {
      const page = await present();
      const time = page.getByRole('slider', { name: 'Time', exact: true });
      await time.focus();
      const before = await time.inputValue();
      await page.keyboard.press('PageDown');
      expect(await counter(page).textContent()).toBe(`Scene 2 of ${N}`);
      // Again with the slider focused (the scene change may move the focus): the slider does not move.
      await time.focus();
      await page.keyboard.press('PageUp');
      expect(await counter(page).textContent()).toBe(`Scene 1 of ${N}`);
      expect(await time.inputValue()).toBe(before);
      await page.keyboard.press('b');
      await page.locator('.pres-blank').waitFor();
      await page.keyboard.press('b');
      expect(await page.locator('.pres-blank').count()).toBe(0);
      await page.keyboard.press('.');
      await page.locator('.pres-blank').waitFor();
      await page.keyboard.press('PageDown');
      expect(await page.locator('.pres-blank').count()).toBe(0);
      expect(await counter(page).textContent()).toBe(`Scene 2 of ${N}`);
      await app.close();
    });

    it('arrow keys and Page Up/Down step through the scenes, changing caption and curves', async () => {
      const page = await present();
      const caption1 = await caption(page);
      const curves1 = await curvePaths(page);
      expect(caption1).toMatch(/^One 420 µg dose/);
      await page.keyboard.press('ArrowRight');
      expect(await counter(page).textContent()).toBe(`Scene 2 of ${N}`);
      const caption2 = await caption(page);
      expect(caption2).not.toBe(caption1);
      expect(caption2).toMatch(/half-life is 68 h/);
      expect(await curvePaths(page)).not.toEqual(curves1);
      await page.keyboard.press('PageDown');
      expect(await counter(page).textContent()).toBe(`Scene 3 of ${N}`);
      expect(
        await page
          .locator('path.pres-curve')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-label'))),
      ).toEqual(['MK-7', 'MK-7 (no fat)']);
      await page.keyboard.press('PageUp');
      await page.keyboard.press('ArrowLeft');
      expect(await counter(page).textContent()).toBe(`Scene 1 of ${N}`);
      expect(await caption(page)).toBe(caption1);
      await page.keyboard.press('End');
      expect(await counter(page).textContent()).toBe(`Scene ${N} of ${N}`);
      await app.close();
    });

    it('Play draws the curves over time: the Time scrubber advances and stops where the teacher sets it', async () => {
      const page = await present();
      await page.keyboard.press('ArrowRight');
      const slider = page.getByRole('slider', { name: 'Time', exact: true });
      expect(await timeValue(page)).toBe(21);
      const fullPoints = Number(await page.locator('path.pres-curve').first().getAttribute('data-points'));
      await slider.fill('3');
      expect(await timeValue(page)).toBeCloseTo(3, 1);
      expect(await slider.getAttribute('aria-valuetext')).toBe('Day 3.0');
      const atDay3 = Number(await page.locator('path.pres-curve').first().getAttribute('data-points'));
      expect(atDay3).toBeLessThan(fullPoints / 4);
      await page.getByRole('button', { name: 'Play' }).click();
      await page.waitForTimeout(700);
      const later = await timeValue(page);
      expect(later).toBeGreaterThan(3);
      await page.getByRole('button', { name: 'Pause' }).click();
      const paused = await timeValue(page);
      await page.waitForTimeout(400);
      expect(await timeValue(page)).toBe(paused);
      expect(
        Number(await page.locator('path.pres-curve').first().getAttribute('data-points')),
      ).toBeGreaterThan(atDay3);
      await app.close();
    });

    it('draws published observations with the study named, and the annotation switches work', async () => {
      const page = await present();
      const labels = () =>
        page.locator('[data-testid=presentation] .pres-observation-label').allTextContents();
      const scene1 = await labels();
      expect(scene1).toEqual(
        expect.arrayContaining([
          'Sato 2012: MK-7 peak 6 h (fitted)',
          'Schurgers 2007: MK-7 peak 4 h (fitted)',
          'Knapen 2014: MK-7 peak 2-6 h (fitted)',
          'Sato 2012: MK-7 still detectable at 48 h (predicted)',
          'Sato 2012: MK-4 not detectable (fitted)',
        ]),
      );
      expect(await page.locator('.pres-observation').count()).toBe(5);
      expect(await page.locator('.pres-observation-line text').textContent()).toMatch(
        /Detection limit 0.1 ng\/mL \(assumed\)/,
      );
      await page.keyboard.press('ArrowRight');
      expect(await page.locator('.pres-annotation-steady').count()).toBe(1);
      await openMore(page);
      await page.getByRole('checkbox', { name: 'Steady-state band' }).uncheck();
      expect(await page.locator('.pres-annotation-steady').count()).toBe(0);
      expect(await page.locator('.pres-annotation-halflife').count()).toBe(1);
      await page.getByRole('checkbox', { name: 'Half-life marker' }).uncheck();
      expect(await page.locator('.pres-annotation-halflife').count()).toBe(0);
      await page.getByRole('checkbox', { name: 'Threshold', exact: true }).check();
      expect(await page.locator('.pres-annotation-threshold text').textContent()).toMatch(
        /^MK-7 above 1 ng\/mL: \d+ h of 504 h/,
      );
      await page.getByRole('checkbox', { name: 'Dose markers' }).uncheck();
      expect(await page.locator('[data-testid=presentation-chart] .dose-marker').count()).toBe(0);
      await page.keyboard.press('ArrowRight');
      const inset = page.getByRole('img', { name: /^Uematsu 1996/ });
      expect(await inset.locator('.pres-observation').count()).toBe(3);
      expect(await inset.locator('.plot-legend-text').first().textContent()).toBe('Uematsu 1996 (mean ± SD)');
      // The K1 vs MK-7 scene (counted back from the last one).
      await page.keyboard.press('End');
      for (let i = N - 1; i > K1_VS_MK7; i--) await page.keyboard.press('ArrowLeft');
      expect(await labels()).toEqual(["Schurgers 2007: MK-7 7-8× K1's level (fitted)"]);
      expect(await page.locator('.pres-observation-band').count()).toBe(1);
      await app.close();
    });

    it.skipIf(target.name === 'electron')(
      'adds the current view as a scene, saves the lesson and opens it again; a bad file gives a clear error',
      async () => {
        const page = await present();
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Add current view as a scene' }).click();
        await page.getByRole('button', { name: 'Presentation mode' }).click();
        await page.keyboard.press('End');
        expect(await counter(page).textContent()).toBe(`Scene ${N + 1} of ${N + 1}`);
        expect(await page.locator('.pres-title').textContent()).toBe(
          'MK-7, MK-4 and K1: 90 µg every 24 h with a 15 g-fat meal',
        );
        expect(await caption(page)).toMatch(/^MK-4: peak .* MK-7: peak .* K1: peak/);

        const dir = mkdtempSync(join(tmpdir(), 'k2-lesson-'));
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          inMore(page.getByRole('button', { name: 'Save lesson…' })).then((b) => b.click()),
        ]);
        expect(download.suggestedFilename()).toBe('vitamin-k-kinetics.k2lesson.json');
        const saved = join(dir, download.suggestedFilename());
        await download.saveAs(saved);
        const doc = JSON.parse(readFileSync(saved, 'utf8')) as {
          format: string;
          version: number;
          scenes: unknown[];
        };
        expect(doc).toMatchObject({ format: 'k2-kinetics-lesson', version: LESSON_VERSION });
        expect(doc.scenes).toHaveLength(N + 1);

        await (await inMore(page.getByRole('button', { name: 'Built-in story' }))).click();
        await page.keyboard.press('End');
        expect(await counter(page).textContent()).toBe(`Scene ${N} of ${N}`);
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          inMore(page.getByRole('button', { name: 'Open lesson…' })).then((b) => b.click()),
        ]);
        await chooser.setFiles(saved);
        await page.getByText(`Opened "Vitamin K kinetics" (${N + 1} scenes).`).waitFor();
        expect(await counter(page).textContent()).toBe(`Scene 1 of ${N + 1}`);

        const future = join(dir, 'future.k2lesson.json');
        writeFileSync(future, JSON.stringify({ ...doc, version: 9 }));
        const [chooser2] = await Promise.all([
          page.waitForEvent('filechooser'),
          inMore(page.getByRole('button', { name: 'Open lesson…' })).then((b) => b.click()),
        ]);
        await chooser2.setFiles(future);
        expect(await page.getByRole('alert').textContent()).toMatch(
          /version 9, written by a newer K2 Kinetics/,
        );
        expect(await counter(page).textContent()).toBe(`Scene 1 of ${N + 1}`);
        expect(app.errors).toEqual([]);
        await app.close();
      },
    );
  });
}
