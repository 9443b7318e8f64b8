/**
 * Two regimens of one compound in Chromium, in German and Japanese: the chart's legend, its dose markers and the
 * Numbers table name them in the UI's language ("MK-7 (Schema 2)", "MK-7（投与計画2）"), and switching back to
 * English brings back "MK-7 (regimen 2)". Screenshot: docs/screenshots/de-two-regimens.png.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultScenario, makeRegimen } from '../../sim';
import { languagePages } from './support/i18nScan';

const SHOTS = join(resolve(fileURLToPath(new URL('../..', import.meta.url))), 'docs', 'screenshots');
const SESSION_KEY = 'k2-kinetics:session';
const open = languagePages({ width: 1280, height: 900 });

/** 90 µg and 180 µg MK-7 daily with a 15 g-fat breakfast, 30 days, fat compared. */
function twoMk7Text(): string {
  const s = defaultScenario();
  return JSON.stringify({
    ...s,
    regimens: [
      makeRegimen({ compound: 'mk7', doseUg: 90, fatG: 15 }),
      makeRegimen({ compound: 'mk7', doseUg: 180, fatG: 15 }),
    ],
    display: { ...s.display, visible: ['mk7'], compareFat: true, showTissue: false },
  });
}

const chartText = (page: Page) => page.getByTestId('plasma-chart').textContent();
const tableText = (page: Page) => page.getByTestId('metrics-table').textContent();
/** The dose markers' control (one roving button): its accessible name and its tooltip. */
const markerNames = (page: Page) =>
  page
    .locator('button[aria-label^="Dosis "], button[aria-label*="回目の服用"]')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? '']),
    );

describe('two MK-7 regimens in the UI language (chromium)', () => {
  it(
    'German and Japanese name them in words of the language; English as before',
    { timeout: 120_000 },
    async () => {
      const { page, errors, close } = await open('de-DE', 'de');
      try {
        // Stored before the app's scripts run on the reload: the page saves its own session as it unloads, which
        // could overwrite a value set from the test and restore the default scenario instead.
        await page
          .context()
          .addInitScript(([key, text]) => localStorage.setItem(key!, text!), [SESSION_KEY, twoMk7Text()]);
        await page.reload();
        await expect.poll(() => chartText(page)).toContain('MK-7 (Schema 2)');
        expect(await chartText(page)).toContain('MK-7 (Schema 1) (ohne Fett)');
        expect(await chartText(page)).not.toMatch(/regimen|no fat/);
        await expect.poll(() => tableText(page)).toContain('MK-7 (Schema 2)');
        expect(await tableText(page)).not.toMatch(/regimen|no fat/);
        // The first dose of the first regimen, in German; Enter marks it missed.
        expect(await markerNames(page)).toEqual([
          [
            'Dosis 1 von MK-7 (Schema 1) an Tag 0 (eingenommen)',
            'Dosis 1 von MK-7 (Schema 1) an Tag 0 (eingenommen): Eingabetaste markiert sie als ausgelassen',
          ],
        ]);
        await page.screenshot({ path: join(SHOTS, 'de-two-regimens.png') });

        await page.getByTestId('language-switch').selectOption('ja');
        await expect.poll(() => chartText(page)).toContain('MK-7（投与計画2）');
        await expect.poll(() => tableText(page)).toContain('MK-7（投与計画2）（脂肪なし）');
        expect(await chartText(page)).not.toMatch(/Schema|regimen/);
        expect(await markerNames(page)).toEqual([
          [
            'MK-7（投与計画1）の1回目の服用、開始から0日（服用済み）',
            expect.stringContaining('Enterキーで飲み忘れにします'),
          ],
        ]);

        await page.getByTestId('language-switch').selectOption('en');
        await expect.poll(() => chartText(page)).toContain('MK-7 (regimen 2)');
        await expect.poll(() => tableText(page)).toContain('MK-7 (regimen 1) (no fat)');
        expect(await chartText(page)).not.toMatch(/Schema|投与計画/);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
