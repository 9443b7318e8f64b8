/**
 * The Answers panel with Dose 0 typed in the Dose box, in a real Chromium: no "Day 14: 0% of steady state"
 * (there is no steady state without a dose), but that no dose is taken; and back at 90 µg, the percentage again.
 * One dose (a scenario file with a dose count of 1): no steady state in the answers, and '–' with "One dose,
 * not repeated" for the trough and accumulation ratio in the numbers table.
 * Screenshots: /tmp/answers-no-dose.png, /tmp/metrics-one-dose.png (not docs screenshots).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './support/browser';
import { mk7PlasmaPath } from './support/session';
import { oneDoseScenario, openScenario } from './support/a11y';

describe('answers without a dose (chromium)', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  const answerText = async (page: Page) => (await page.getByTestId('answers').textContent()) ?? '';
  async function setDose(page: Page, value: string): Promise<void> {
    const box = page.getByRole('textbox', { name: /^Dose\b/ });
    await box.fill(value);
    await box.press('Enter'); // number boxes apply on Enter or blur
  }

  /** The app at 1280x900 in English, its first chart drawn, with the page's errors collected. */
  async function openApp() {
    const context = await harness.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(harness.server.url);
    await mk7PlasmaPath(page).waitFor();
    return { context, page, errors };
  }

  it('Dose 0: each compound says no dose is taken; Dose 90: "Day 14: N% of steady state" again', async () => {
    const { context, page, errors } = await openApp();
    await expect
      .poll(() => answerText(page), { timeout: 20_000 })
      .toMatch(/MK-7: Day 14: \d+% of steady state/);

    await setDose(page, '0');
    const none = 'No dose is taken in this run, so there is no steady state.';
    // Each compound's line: the sentence, then the threshold's (the box starts at 1 ng/mL), true without a dose.
    const line = (label: string) => `${label}: ${none} ${label} does not reach 1 ng/mL in this run.`;
    await expect
      .poll(() => answerText(page), { timeout: 20_000 })
      .toBe(['MK-4', 'MK-7', 'K1'].map(line).join(''));
    expect(await answerText(page)).not.toMatch(/%/);
    const panel = page.getByRole('region', { name: 'Answers' });
    await panel.screenshot({ path: '/tmp/answers-no-dose.png' });

    await setDose(page, '90');
    await expect
      .poll(() => answerText(page), { timeout: 20_000 })
      .toMatch(/MK-7: Day 14: \d+% of steady state\./);
    expect(await answerText(page)).not.toContain('No dose');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('one dose: the answers say it is not repeated; the table has no trough or ratio, and says why', async () => {
    const { context, page, errors } = await openApp();
    await openScenario(page, oneDoseScenario());
    await expect
      .poll(() => answerText(page), { timeout: 20_000 })
      .toMatch(/^MK-7: One dose, not repeated, so there is no steady state\. /);
    const metrics = page.locator('section[aria-label="Metrics"][aria-busy="false"]');
    await metrics.waitFor();
    for (const name of ['trough', 'accumulation']) {
      const cell = page.locator(`tr[data-curve="mk7"] td[data-metric="${name}"]`);
      await expect.poll(() => cell.locator('[data-value]').textContent()).toBe('–');
      expect(await cell.locator('[data-note="single-dose"]').textContent()).toBe('One dose, not repeated');
    }
    expect(await page.locator('tr[data-curve="mk7"] td[data-metric="t90"]').textContent()).toBe('–');
    expect(await page.getByTestId('plain-language').textContent()).not.toMatch(/to reach 90%/);
    await metrics.screenshot({ path: '/tmp/metrics-one-dose.png' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
