/**
 * Issue 19 §8: the first screen offers both paths, visible without scrolling at 1024 × 768, and each leads
 * to its panel with the keyboard focus there (real Chromium; positions measured in the page). Screenshots go
 * to docs/screenshots/first-screen-*.png for the README.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAppPage, startBrowserHarness, type BrowserHarness } from './support/browser';

const SHOTS = join(resolve(fileURLToPath(new URL('../..', import.meta.url))), 'docs', 'screenshots');

describe('the first screen (chromium)', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('"Add dose" works from the start, before any pattern is chosen: the dose list appears with the new dose', async () => {
    const { page, context, errors } = await newAppPage(harness.browser, harness.server.url, {
      width: 1024,
      height: 768,
    });
    try {
      await page
        .getByRole('navigation', { name: 'Start here' })
        .getByRole('button', { name: 'Enter my own schedule' })
        .click();
      await page.getByRole('button', { name: 'Keep all 3' }).click();
      const mk7 = page
        .getByRole('region', { name: 'Doses', exact: true })
        .getByRole('group', { name: 'MK-7' });
      await mk7.getByRole('button', { name: 'Add dose' }).click();
      const table = mk7.getByRole('table', { name: 'MK-7 doses' });
      await table.waitFor();
      // 30 daily doses as the sliders set them, plus the added one, all inside the 30-day run.
      await expect.poll(() => table.locator('tbody tr').count()).toBe(31);
      expect(await mk7.getByRole('combobox', { name: 'Pattern' }).inputValue()).toBe('once');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('"Enter my own schedule" asks which form the user takes; "MK-7 only" shows only MK-7 in the chart and the Doses panel, keeps the others hidden, and Undo brings them back', async () => {
    const { page, context, errors } = await newAppPage(harness.browser, harness.server.url, {
      width: 1024,
      height: 768,
    });
    try {
      const start = page.getByRole('navigation', { name: 'Start here' });
      const legend = () =>
        page
          .locator('[data-testid=plasma-chart] .plot-legend-item')
          .evaluateAll((els) => els.map((e) => e.textContent));
      await expect.poll(legend).toEqual(['MK-4', 'MK-7', 'K1']);
      await start.getByRole('button', { name: 'Enter my own schedule' }).click();
      const question = start.getByRole('group', { name: /^Which form do you take\?/ });
      await question.waitFor();
      const choices = await question.getByRole('button').allTextContents();
      expect(choices).toEqual(['MK-4 only', 'MK-7 only', 'K1 only', 'Keep all 3']);
      // The keyboard is on the first choice; Escape closes the question without a change.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('MK-4 only');
      await page.keyboard.press('Escape');
      expect(await question.count()).toBe(0);
      await start.getByRole('button', { name: 'Enter my own schedule' }).click();
      await question.getByRole('button', { name: 'MK-7 only' }).click();
      // The chart and the Doses panel show MK-7 alone; the panel is on screen with the focus in it.
      await expect.poll(legend).toEqual(['MK-7']);
      const doses = page.getByRole('region', { name: 'Doses', exact: true });
      await expect
        .poll(async () => {
          const box = await doses.boundingBox();
          return box !== null && box.y >= -1 && box.y < 768 / 2;
        })
        .toBe(true);
      expect(await doses.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      expect(await doses.getByRole('group', { name: 'MK-7' }).count()).toBe(1);
      expect(await doses.getByRole('group', { name: 'MK-4' }).count()).toBe(0);
      expect(await doses.getByRole('group', { name: 'K1' }).count()).toBe(0);
      // The other forms are kept (hidden): their switches are there, off.
      expect(await page.getByRole('checkbox', { name: 'MK-4' }).isChecked()).toBe(false);
      expect(await page.getByRole('checkbox', { name: 'MK-7' }).isChecked()).toBe(true);
      // One undoable step.
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(legend).toEqual(['MK-4', 'MK-7', 'K1']);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ]) {
    it(`at ${viewport.width} × ${viewport.height} both paths are on screen and lead to their panels`, async () => {
      const { page, context, errors } = await newAppPage(harness.browser, harness.server.url, viewport);
      try {
        const start = page.getByRole('navigation', { name: 'Start here' });
        await start.waitFor();
        const buttons = ['Explore the forms', 'Enter my own schedule', 'Add my lab results'];
        for (const name of buttons) {
          const box = await start.getByRole('button', { name }).boundingBox();
          expect(box, name).not.toBeNull();
          expect(box!.y + box!.height, `${name} is above the fold`).toBeLessThanOrEqual(viewport.height);
          expect(box!.x + box!.width, `${name} is inside the width`).toBeLessThanOrEqual(viewport.width);
        }
        await page.screenshot({ path: join(SHOTS, `first-screen-${viewport.width}x${viewport.height}.png`) });
        // Nothing scrolls the page sideways (wide tables scroll inside their cards on a phone).
        const widths = await page.evaluate(
          '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
        );
        expect((widths as number[])[0]).toBeLessThanOrEqual((widths as number[])[1]!);

        for (const [name, region] of [
          ['Enter my own schedule', 'Doses'],
          ['Add my lab results', 'My measured levels'],
        ] as const) {
          await start.getByRole('button', { name }).click();
          if (name === 'Enter my own schedule')
            await start.getByRole('button', { name: 'Keep all 3' }).click();
          const panel = page.getByRole('region', { name: region, exact: true });
          // The panel's top comes into view (smooth scrolling settles), and the focus is inside it.
          await expect
            .poll(async () => {
              const box = await panel.boundingBox();
              return box !== null && box.y >= -1 && box.y < viewport.height / 2;
            })
            .toBe(true);
          expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
          await page.evaluate(() => window.scrollTo(0, 0));
        }

        await start.getByRole('button', { name: 'Explore the forms' }).click();
        const focused = await page.evaluate(() => document.activeElement?.closest('.sidebar') !== null);
        expect(focused).toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
