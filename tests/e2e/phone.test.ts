/**
 * Issue 18 §5: the browser version on a phone (390 × 844, touch). In real Chromium: the chart is in the first
 * screen, the controls sit in a panel that a "Controls" button opens, nothing scrolls the page sideways with
 * every panel open (the Doses table included: it made the page 739 px wide before), and every button, box,
 * list and link on the page is at least 44 × 44 px (WCAG 2.5.5). The Doses table keeps each row together: a
 * row's date and time and its buttons are on screen at once, in English, German and Japanese, and a wide window
 * shows the table as before. Screenshots go to docs/screenshots/phone-*.png and dose-table-1400x900.png.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
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

/** The Doses panel draws a list's rows ten per task, in turns (DosesPanel.tsx): give a loaded machine time. */
const ROWS_DRAWN = { timeout: 15_000 };

/**
 * MK-7's dose list as a calendar schedule ("Add dose" makes one from the sliders' daily doses), with its second
 * dose marked missed and its third doubled, so rows carry the notes under their time. Found by class, not by
 * name, so that it works in every language.
 */
async function openDoseTable(page: Page): Promise<Locator> {
  const list = page.locator('[data-panel="doses"] fieldset[data-compound="mk7"]');
  await list.locator('button.add-dose').click();
  const rows = list.locator('tr.dose-row');
  await expect.poll(() => rows.count(), ROWS_DRAWN).toBeGreaterThanOrEqual(10);
  // A row's buttons: delete, duplicate, mark missed.
  await rows.nth(1).locator('.dose-actions button').nth(2).click();
  await expect.poll(() => rows.nth(1).getAttribute('class')).toBe('dose-row missed');
  const before = await rows.count();
  await rows.nth(2).locator('.dose-actions button').nth(1).click();
  await expect.poll(() => rows.count(), ROWS_DRAWN).toBeGreaterThan(Math.max(before, 20));
  return list.locator('table.dose-table');
}

/**
 * Where the table's rows put their parts, in CSS px of the window: per row the day label, the date and time box
 * and each button, whether each lies inside the window and the table's box horizontally; and the table box's
 * sideways scroll extent.
 */
function doseTableLayout(table: Locator) {
  return table.evaluate((el) => {
    const scroller = el.closest('.dose-table-scroll')!;
    const box = scroller.getBoundingClientRect();
    const windowPx = document.documentElement.clientWidth;
    const rows = Array.from(el.querySelectorAll<HTMLTableRowElement>('tr.dose-row')).map((row) => {
      const rect = (e: Element) => e.getBoundingClientRect();
      const day = row.querySelector('.dose-day')!;
      const time = row.querySelector('input[type="datetime-local"]')!;
      const buttons = Array.from(row.querySelectorAll('.dose-actions button'));
      const parts = [day, time, ...buttons].map((e) => {
        const r = rect(e);
        return {
          what: e === day ? 'day' : e === time ? 'time' : (e.textContent ?? ''),
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
        };
      });
      const outside = parts
        .filter(
          (p) => p.left < 0 || p.right > windowPx || p.left < box.left - 0.5 || p.right > box.right + 0.5,
        )
        .map((p) => `${row.dataset['date']} ${p.what} ${Math.round(p.left)}-${Math.round(p.right)}`);
      // Text cut off inside its button or column name.
      const cut = Array.from(row.querySelectorAll<HTMLElement>('.dose-actions button, .dose-cell-label'))
        .filter((e) => e.getClientRects().length > 0 && e.scrollWidth > e.clientWidth + 1)
        .map((e) => `${row.dataset['date']} "${e.textContent}" ${e.scrollWidth} > ${e.clientWidth}`);
      const r = rect(row);
      const cells = Array.from(row.cells).map(rect);
      return {
        outside,
        cut,
        // Every part inside its row's own box (vertically: no button of another row between them).
        inRow: parts.every((p) => p.top >= r.top - 0.5 && p.bottom <= r.bottom + 0.5),
        heightPx: r.height,
        cellTopsPx: cells.map((c) => c.top),
        labelsShown: Array.from(row.querySelectorAll('.dose-cell-label')).filter(
          (e) => e.getClientRects().length > 0,
        ).length,
      };
    });
    const heads = Array.from(el.querySelectorAll('thead th')).map((th) => th.getBoundingClientRect().height);
    return {
      rows,
      scrollWidth: scroller.scrollWidth,
      clientWidth: scroller.clientWidth,
      boxHeightPx: box.height,
      headHeightsPx: heads,
    };
  });
}

describe('on a phone, 390 × 844 (chromium)', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** The app on a phone; in `language` (the app's stored choice) when given. */
  async function phonePage(language?: 'en' | 'de' | 'ja') {
    const context = await harness.browser.newContext({
      viewport: PHONE,
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 2,
      serviceWorkers: 'block',
    });
    if (language) await context.addInitScript((lang) => localStorage.setItem('k2.language', lang), language);
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

  // The rows used to be one line of six cells, about 740 px, in a box that scrolled sideways: a row's buttons
  // slid away from its date and time, so the buttons did not say which dose they acted on.
  for (const language of ['en', 'de', 'ja'] as const) {
    it(`the Doses table shows each row's date, time and buttons together, without scrolling sideways (${language})`, async () => {
      const { page, context, errors } = await phonePage(language);
      try {
        await page.locator('.content svg.curve-layer path').first().waitFor({ state: 'attached' });
        const table = await openDoseTable(page);
        const layout = await doseTableLayout(table);
        expect(layout.rows.length).toBeGreaterThan(20);
        expect(layout.scrollWidth, 'the table scrolls sideways').toBeLessThanOrEqual(layout.clientWidth);
        expect(layout.rows.flatMap((r) => r.outside)).toEqual([]);
        expect(layout.rows.flatMap((r) => r.cut)).toEqual([]);
        expect(layout.rows.every((r) => r.inRow)).toBe(true);
        // The column names the hidden header row no longer shows are over the boxes: amount, meal, fat.
        expect(layout.rows.every((r) => r.labelsShown === 3)).toBe(true);
        // Screen readers still get a table of rows and cells, with its column headers.
        const name = { en: 'MK-7 doses', de: 'MK-7: Dosen', ja: 'MK-7の服用' }[language];
        const named = page.getByRole('table', { name, exact: true });
        expect(await named.count()).toBe(1);
        expect(await named.getByRole('columnheader').count()).toBe(6);
        expect(await named.getByRole('row').nth(1).getByRole('cell').count()).toBe(6);
        expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
        expect(await smallTargets(page)).toMatchObject({ small: [] });
        if (language !== 'ja') {
          await table.evaluate((el) => el.closest('fieldset')!.scrollIntoView({ block: 'start' }));
          await page.screenshot({ path: join(SHOTS, `phone-dose-table-${language}.png`) });
        }
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('on a wide window (1400 × 900) the Doses table is as before: one line a row under its header, in a box of 320 px', async () => {
    const context = await harness.browser.newContext({
      viewport: { width: 1400, height: 900 },
      serviceWorkers: 'block',
    });
    try {
      const page = await context.newPage();
      await page.goto(harness.server.url);
      await page.locator('.content svg.curve-layer path').first().waitFor({ state: 'attached' });
      const table = await openDoseTable(page);
      const layout = await doseTableLayout(table);
      expect(layout.rows.length).toBeGreaterThan(20);
      expect(layout.headHeightsPx.length).toBe(6);
      for (const h of layout.headHeightsPx) expect(h).toBeGreaterThan(10);
      for (const row of layout.rows) {
        // All six cells side by side on one line, no column names over the boxes.
        expect(row.cellTopsPx.length).toBe(6);
        expect(Math.max(...row.cellTopsPx) - Math.min(...row.cellTopsPx)).toBeLessThan(1);
        expect(row.labelsShown).toBe(0);
        expect(row.heightPx).toBeLessThan(60);
      }
      expect(layout.rows.flatMap((r) => r.outside)).toEqual([]);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      expect(layout.boxHeightPx).toBeLessThanOrEqual(320);
      await table.evaluate((el) => el.closest('[data-panel="doses"]')!.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(SHOTS, 'dose-table-1400x900.png') });
    } finally {
      await context.close();
    }
  });

  // They were white on white: the dark theme's light text on the buttons' own white.
  it("in the dark theme the rows' buttons are readable (contrast at least 4.5:1)", async () => {
    const context = await harness.browser.newContext({
      viewport: PHONE,
      hasTouch: true,
      isMobile: true,
      colorScheme: 'dark',
      serviceWorkers: 'block',
    });
    try {
      const page = await context.newPage();
      await page.goto(harness.server.url);
      const table = await openDoseTable(page);
      const ratios = await table.evaluate((el) => {
        const luminance = (css: string) => {
          const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
            const c = Number(v) / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        return Array.from(el.querySelectorAll('.dose-actions button')).map((b) => {
          const style = getComputedStyle(b);
          const [hi, lo] = [luminance(style.color), luminance(style.backgroundColor)].sort((x, y) => y - x);
          return { text: b.textContent, ratio: (hi! + 0.05) / (lo! + 0.05) };
        });
      });
      expect(ratios.length).toBeGreaterThan(60);
      expect(ratios.filter((r) => r.ratio < 4.5)).toEqual([]);
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
