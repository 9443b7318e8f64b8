/**
 * Issue 18 §5: the browser version on a phone (390 × 844, touch). In real Chromium: the chart is in the first
 * screen, the controls sit in a panel that a "Controls" button opens, nothing scrolls the page sideways with
 * every panel open (the Doses table included: it made the page 739 px wide before), and every button, box,
 * list and link on the page is at least 44 × 44 px (WCAG 2.5.5). Screenshots go to docs/screenshots/phone-*.png.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './support/browser';

const SHOTS = join(resolve(fileURLToPath(new URL('../..', import.meta.url))), 'docs', 'screenshots');
const PHONE = { width: 390, height: 844 };
const TARGET_PX = 44;

/** The page's sideways scroll extent: at most the phone's width when nothing sticks out. */
const scrollWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);

/**
 * Every touch target drawn on the page (scrolled into view or not) smaller than 44 px either way. A checkbox
 * or radio button is touched through its label (clicking the label sets it), so the label is measured. Not
 * targets: what is not drawn (display none, a folded panel, visibility hidden) and the 1 px visually hidden
 * inputs behind styled controls. The chart's dose strips are a drawing, not controls: their one button is measured.
 */
function smallTargets(page: Page) {
  return page.evaluate((minPx) => {
    const small: string[] = [];
    let measured = 0;
    const targets = Array.from(
      document.querySelectorAll<HTMLElement>(
        'button, input, select, textarea, a[href], summary, [role="button"]',
      ),
    );
    for (const el of targets) {
      if (el.getClientRects().length === 0) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      const own = el.getBoundingClientRect();
      if (own.width <= 1 && own.height <= 1) continue;
      const type = el instanceof HTMLInputElement ? el.type : '';
      const label = type === 'checkbox' || type === 'radio' ? el.closest('label') : null;
      const box = (label ?? el).getBoundingClientRect();
      measured += 1;
      if (box.width < minPx || box.height < minPx) {
        const name = (el.getAttribute('aria-label') ?? label?.textContent ?? el.textContent ?? '').trim();
        small.push(
          `${el.tagName.toLowerCase()}${type ? `[${type}]` : ''} "${name.slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return { measured, small };
  }, TARGET_PX);
}

describe('on a phone, 390 × 844 (chromium)', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function phonePage() {
    const context = await harness.browser.newContext({
      viewport: PHONE,
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 2,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(harness.server.url);
    return { page, context, errors };
  }

  it('shows the whole chart, with curves, in the first screen; the controls are folded behind a button', async () => {
    const { page, context, errors } = await phonePage();
    try {
      // The plasma chart: its frame (axes, legend, dose rows) and the curves drawn over it.
      const frame = page.locator('.content svg.plot-frame').first();
      const curves = page.locator('.content svg.curve-layer').first();
      await curves.locator('path').first().waitFor({ state: 'attached' });
      for (const svg of [frame, curves]) {
        const box = await svg.boundingBox();
        expect(box).not.toBeNull();
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
      }
      // A curve is drawn (a path with many points), not only axes.
      const longest = await curves
        .locator('path')
        .evaluateAll((paths) => Math.max(...paths.map((p) => (p.getAttribute('d') ?? '').length)));
      expect(longest).toBeGreaterThan(200);

      const toggle = page.getByRole('button', { name: 'Controls' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      const dose = page.getByRole('slider', { name: /^Dose/ }).first();
      expect(await dose.isVisible()).toBe(false);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
      expect(await smallTargets(page)).toMatchObject({ small: [] });
      await page.screenshot({ path: join(SHOTS, 'phone-first-screen.png') });

      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await dose.waitFor();
      expect(await dose.isVisible()).toBe(true);
      await page.screenshot({ path: join(SHOTS, 'phone-controls.png') });
      await toggle.click();
      expect(await dose.isVisible()).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('"Explore the forms" opens the folded controls and puts the keyboard there', async () => {
    const { page, context } = await phonePage();
    try {
      await page.getByRole('button', { name: 'Explore the forms' }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('#controls') !== null))
        .toBe(true);
      expect(await page.getByRole('button', { name: 'Controls' }).getAttribute('aria-expanded')).toBe('true');
    } finally {
      await context.close();
    }
  });

  it('with every panel open, the Doses table included, nothing scrolls sideways and every target is 44 px', async () => {
    const { page, context, errors } = await phonePage();
    try {
      await page.locator('.content svg.curve-layer path').first().waitFor({ state: 'attached' });
      const widths: Record<string, number> = {};
      await page.getByRole('button', { name: 'Controls' }).click();
      widths['controls'] = await scrollWidth(page);
      await page.getByRole('button', { name: 'File and export' }).click();
      widths['file and export'] = await scrollWidth(page);
      await page.getByRole('button', { name: /^Export/ }).click();
      widths['export menu'] = await scrollWidth(page);
      await page.keyboard.press('Escape');

      const doses = page.getByRole('region', { name: 'Doses', exact: true });
      await doses.getByRole('group', { name: 'MK-7' }).getByRole('button', { name: 'Add dose' }).click();
      await doses.getByRole('table', { name: 'MK-7 doses' }).waitFor();
      widths['doses table'] = await scrollWidth(page);

      const measured = page.getByRole('region', { name: 'My measured levels', exact: true });
      await measured.getByRole('button', { name: 'Add measured level' }).click();
      widths['measured levels'] = await scrollWidth(page);

      // Every folded section (meal defaults, sources of the variation, sensitivity and its table), by its summary.
      for (const summary of await page.locator('details:not([open]) > summary').all()) {
        if (await summary.isVisible()) await summary.click();
      }
      widths['all sections'] = await scrollWidth(page);

      for (const [what, width] of Object.entries(widths))
        expect(width, what).toBeLessThanOrEqual(PHONE.width);
      const targets = await smallTargets(page);
      expect(targets.measured).toBeGreaterThan(100);
      expect(targets.small).toEqual([]);

      await doses.scrollIntoViewIfNeeded();
      await doses.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(SHOTS, 'phone-doses.png') });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('on a wide window there is no Controls button and the controls are always shown', async () => {
    const context = await harness.browser.newContext({
      viewport: { width: 1024, height: 768 },
      serviceWorkers: 'block',
    });
    try {
      const page = await context.newPage();
      await page.goto(harness.server.url);
      await page.locator('.content svg.curve-layer path').first().waitFor({ state: 'attached' });
      expect(await page.getByRole('button', { name: 'Controls' }).count()).toBe(0);
      expect(await page.getByRole('slider', { name: /^Dose/ }).first().isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Open scenario' }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
