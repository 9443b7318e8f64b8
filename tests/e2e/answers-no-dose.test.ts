/**
 * The Answers panel with Dose 0 typed in the Dose box, in a real Chromium: no "Day 14: 0% of steady state"
 * (there is no steady state without a dose), but that no dose is taken; and back at 90 µg, the percentage again.
 * Screenshot: /tmp/answers-no-dose.png (not a docs screenshot).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './support/browser';
import { mk7PlasmaPath } from './support/session';

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

  it('Dose 0: each compound says no dose is taken; Dose 90: "Day 14: N% of steady state" again', async () => {
    const context = await harness.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(harness.server.url);
    await mk7PlasmaPath(page).waitFor();
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
});
