/**
 * Presentation mode in every language (issue 18 §1-2), in Chromium:
 * - the pseudo-locale walk: every scene of the built-in story, a prediction scene, the lesson editor, the share
 *   dialog and the handout show no untranslated text and no text outside its box at 1024 × 768;
 * - German: the story's caption is German and writes its numbers with a decimal comma (the same values English
 *   writes with a point), and the projector rules hold with German's longer words at 1024 × 768 (every text
 *   ≥ 3.3% of the window height, no label over a curve, each caption within five lines);
 * - Japanese: a scene renders without missing glyphs (screenshot docs/screenshots/ja-presentation.png).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORY } from '../../renderer/src/presentation/story';
import { captionFit } from './support/captionFit';
import { drawsDistinctGlyphs, languagePages, scanTexts, type TextScan } from './support/i18nScan';
import { measureScene } from './support/presentationMeasure';
import { inMore } from './support/presentationMore';

const SHOTS = join(resolve(fileURLToPath(new URL('../..', import.meta.url))), 'docs', 'screenshots');
const N = STORY.length;
/** 18 pt on a 7.5-inch-high slide: the least a back row reads (as tests/e2e/projector.test.ts). */
const MIN_SHARE = 0.033;

const open = languagePages({ width: 1024, height: 768 });

async function present(page: Page): Promise<void> {
  await page.locator('[data-testid=plasma-chart] .plot-tick').first().waitFor();
  await page.getByTestId('present-button').click();
  await page.getByTestId('presentation').waitFor();
  await page.getByTestId('scene-caption').waitFor();
}

/** Scene n (1-based), by Home and Page Down; the counter holds "n" and "N" in every language. */
async function goToScene(page: Page, n: number): Promise<void> {
  await page.getByTestId('presentation').focus();
  await page.keyboard.press('Home');
  for (let i = 1; i < n; i++) await page.keyboard.press('PageDown');
  await expect
    .poll(async () => (await page.getByTestId('scene-counter').textContent())?.match(/\d+/g)?.join('/'))
    .toBe(`${n}/${N}`);
  await page.waitForTimeout(150);
}

/** Collects a scan's findings under a name. */
function collect(into: { untranslated: Set<string>; overflowing: string[] }, where: string, scan: TextScan) {
  for (const u of scan.untranslated) into.untranslated.add(u);
  for (const o of scan.overflowing) into.overflowing.push(`${where}: ${o}`);
  if (scan.horizontalScroll) into.overflowing.push(`${where}: page ${scan.scrollWidth} px wide`);
}

describe('presentation mode in the pseudo-locale (chromium, 1024 × 768)', () => {
  it('every scene, a prediction scene, the lesson editor, the share dialog and the handout: all text translated and inside its box', async () => {
    const { page, errors, close } = await open('en-US', 'pseudo');
    try {
      await present(page);
      const found = { untranslated: new Set<string>(), overflowing: [] as string[] };
      for (let scene = 1; scene <= N; scene++) {
        await goToScene(page, scene);
        // The controls show (a pointer moved), so their words are read too.
        await page.mouse.move(500, 300);
        await page.mouse.move(510, 310);
        collect(found, `scene ${scene}`, await scanTexts(page));
      }
      // The lesson editor, with scene 2 made a prediction scene asking every typed guess.
      await goToScene(page, 2);
      await (await inMore(page.getByTestId('edit-lesson'))).click();
      const editor = page.getByTestId('lesson-editor');
      await editor.waitFor();
      await editor.locator('fieldset').first().locator('input[type=checkbox]').first().check();
      for (const box of await editor.locator('.lesson-guesses input[type=checkbox]').all()) await box.check();
      collect(found, 'lesson editor', await scanTexts(page));
      await editor.locator('select').selectOption('future');
      collect(found, 'lesson editor (future)', await scanTexts(page));
      await page.getByTestId('lesson-done').click();
      await page.getByTestId('scene-caption').waitFor();
      await page.locator('.pres-guesses').waitFor();
      collect(found, 'prediction scene', await scanTexts(page));
      // The reveal's words (no sketch drawn, no guess typed: what was not predicted is said).
      await page.getByTestId('presentation').focus();
      await page.keyboard.press('PageDown');
      await page.getByTestId('predict-score').waitFor();
      collect(found, 'reveal', await scanTexts(page));
      // The share dialog.
      await (await inMore(page.getByTestId('share-button'))).click();
      await page.getByTestId('share-lesson').waitFor();
      await page.getByTestId('share-url').waitFor();
      collect(found, 'share dialog', await scanTexts(page));
      await page.keyboard.press('Escape');
      await page.getByTestId('share-lesson').waitFor({ state: 'detached' });
      // The handout (its pages: titles, captions, sources, caution).
      await (await inMore(page.getByTestId('handout-button'))).click();
      await page.getByTestId('handout-page').first().waitFor({ timeout: 60_000 });
      collect(found, 'handout', await scanTexts(page));
      await page.screenshot({ path: '/tmp/i18n-pres-pseudo-handout.png' });
      await page.keyboard.press('Escape');

      // sim/'s legend word for the fasted twin curve belongs to the i18n-rest lane (sim/view/scenarioView.ts): listed,
      // not failed, until it is translated there.
      const otherLane = [...found.untranslated].filter((u) => / \(no fat\)$/.test(u));
      if (otherLane.length > 0)
        console.log(`[i18n-pres pseudo] not yet translated in sim/: ${otherLane.join('; ')}`);
      const untranslated = [...found.untranslated].filter((u) => !otherLane.includes(u));
      console.log(`[i18n-pres pseudo] untranslated ${untranslated.length}:\n  ${untranslated.join('\n  ')}`);
      console.log(
        `[i18n-pres pseudo] overflowing ${found.overflowing.length}:\n  ${found.overflowing.join('\n  ')}`,
      );
      expect(untranslated).toEqual([]);
      expect(found.overflowing).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);
});

describe('presentation mode in German (chromium)', () => {
  it('the caption is German and writes the numbers English writes with a point with a decimal comma', async () => {
    const captions: Record<'en' | 'de', string> = { en: '', de: '' };
    for (const language of ['en', 'de'] as const) {
      const { page, errors, close } = await open(language === 'de' ? 'de-DE' : 'en-US', null);
      try {
        await present(page);
        await goToScene(page, 1);
        captions[language] = (await page.getByTestId('scene-caption').textContent()) ?? '';
        if (language === 'de') {
          expect(await page.locator('.pres-title').textContent()).toBe(
            'Eine Dosis: MK-4 ist nach Stunden weg, MK-7 bleibt tagelang',
          );
          await page.screenshot({ path: '/tmp/i18n-pres-de-scene1.png' });
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
    console.log(`[i18n-pres] en: ${captions.en}\n[i18n-pres] de: ${captions.de}`);
    expect(captions.de).toMatch(/Frühstück/);
    expect(captions.de).toMatch(/Spitze bei/);
    // The same numbers in the same order: decimals with a point in English, with a comma in German.
    const numbers = (text: string, decimal: RegExp) =>
      [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0]).filter((n) => decimal.test(n));
    const en = numbers(captions.en, /\d\.\d/);
    const de = numbers(captions.de, /\d,\d/);
    expect(en.length).toBeGreaterThan(1);
    expect(de).toEqual(en.map((n) => n.replace('.', ',')));
    expect(captions.de).not.toMatch(/\d\.\d/);
  }, 120_000);

  it('at 1024 × 768 every text is at least 3.3% of the window height, no label lies over a curve, and each caption fits five lines', async () => {
    const { page, errors, close } = await open('de-DE', null);
    try {
      await present(page);
      const small: string[] = [];
      const crossed: string[] = [];
      const overflowing: string[] = [];
      const lines: number[] = [];
      const caption = page.getByTestId('scene-caption');
      for (let scene = 1; scene <= N; scene++) {
        await goToScene(page, scene);
        const m = await measureScene(page);
        expect(m.curves, `scene ${scene}: curves drawn`).toBeGreaterThan(0);
        for (const t of m.texts) {
          if (t.fontPx / m.vh < MIN_SHARE - 1e-9)
            small.push(
              `scene ${scene}: "${t.text}" ${t.fontPx}px = ${((t.fontPx / m.vh) * 100).toFixed(2)}%`,
            );
          if (t.boxH / m.vh < MIN_SHARE)
            small.push(`scene ${scene}: "${t.text}" box ${t.boxH.toFixed(1)}px high`);
        }
        for (const c of m.crossings)
          crossed.push(`scene ${scene}: "${c.label}" over ${c.curve} at ${c.x},${c.y}`);
        const fit = await captionFit(caption, scene);
        lines.push(fit.lines);
        if (fit.overflow) overflowing.push(fit.overflow);
        if (scene === 5) await page.screenshot({ path: '/tmp/i18n-pres-de-scene5.png' });
      }
      console.log(`[i18n-pres] German caption lines at 1024x768, scenes 1-${N}: ${lines.join(', ')}`);
      expect({ small, crossed, overflowing }).toEqual({ small: [], crossed: [], overflowing: [] });
      expect(Math.max(...lines)).toBeLessThanOrEqual(5);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 180_000);
});

describe('presentation mode in Japanese (chromium, 1024 × 768)', () => {
  it('a scene renders its Japanese title and caption without missing glyphs; every caption fits its box', async () => {
    const { page, errors, close } = await open('ja-JP', null);
    try {
      await present(page);
      await goToScene(page, 2);
      const title = (await page.locator('.pres-title').textContent()) ?? '';
      const caption = (await page.getByTestId('scene-caption').textContent()) ?? '';
      expect(title).toBe('毎日のMK-7はプラトーまで蓄積する');
      expect(caption).toMatch(/半減期/);
      // Distinct pixels for distinct characters, in the caption's own font: no missing glyph.
      expect(await drawsDistinctGlyphs(page.getByTestId('scene-caption'), '半減期蓄積血中消失摂取')).toBe(
        true,
      );
      await page.screenshot({ path: join(SHOTS, 'ja-presentation.png') });
      // Every scene's caption fits its box (the five lines of tests/e2e/projector.test.ts).
      const overflowing: string[] = [];
      for (let scene = 1; scene <= N; scene++) {
        await goToScene(page, scene);
        const fit = await captionFit(page.getByTestId('scene-caption'), scene);
        if (fit.overflow) overflowing.push(fit.overflow);
      }
      expect(overflowing).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);
});
