/**
 * The Answers panel in a real Chromium (Europe/Berlin): the week of issue 19 built through the Doses editor
 * (MK-7 180 µg daily at 08:00 with breakfast from Monday 23 March 2026; Tuesday missed, a double dose on
 * Wednesday, Thursday at 19:00 with dinner). The answers name the missed dose for the drop, the double dose
 * for the rise above the plan, and count days as the chart's axis does; the threshold box takes 0.5 as 0.5,
 * can be cleared, and speaks nmol/L in a nmol/L view. The answers are computed in a worker: the page answers
 * input while they are computed. Screenshot: /tmp/answers-week.png.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './support/browser';
import { mk7PlasmaPath } from './support/session';

describe('answers for the week of issue 19 (chromium, Europe/Berlin)', () => {
  let harness: BrowserHarness;
  let context: BrowserContext;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function openApp(): Promise<{ page: Page; errors: string[] }> {
    context = await harness.browser.newContext({
      viewport: { width: 1280, height: 900 },
      timezoneId: 'Europe/Berlin',
      locale: 'en-US',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(harness.server.url);
    await mk7PlasmaPath(page).waitFor();
    return { page, errors };
  }

  const doses = (page: Page) => page.getByRole('region', { name: 'Doses' });
  const mk7 = (page: Page) => doses(page).locator('fieldset[data-compound=mk7]');
  const row = (page: Page, date: string): Locator => mk7(page).locator(`tr[data-date="${date}"]`).first();
  const answersPanel = (page: Page) => page.getByRole('region', { name: 'Answers' });
  const answerText = async (page: Page) => (await page.getByTestId('answers').textContent()) ?? '';

  it('names the missed dose for the drop and the double dose for the rise above the plan; the threshold box reads what is typed', async () => {
    const { page, errors } = await openApp();
    await page.getByRole('checkbox', { name: 'MK-4' }).uncheck();
    await page.getByRole('checkbox', { name: 'K1' }).uncheck();
    const dose = page.getByRole('textbox', { name: /^Dose/ }).first();
    await dose.fill('180');
    await dose.press('Enter');

    await doses(page).getByLabel('Start date').fill('2026-03-23');
    await doses(page).getByLabel('Start time').fill('08:00');
    await mk7(page).getByLabel('Pattern').selectOption('once');
    await mk7(page).getByLabel('Daily meal', { exact: true }).selectOption('breakfast');
    await expect.poll(() => mk7(page).locator('tr.dose-row').count()).toBeGreaterThan(20);

    await row(page, '2026-03-24')
      .getByRole('button', { name: /^Mark missed/ })
      .click();
    await row(page, '2026-03-25')
      .getByRole('button', { name: /^Duplicate/ })
      .click();
    await row(page, '2026-03-26').getByLabel('Dose time').fill('2026-03-26T19:00');
    await row(page, '2026-03-26').getByLabel('Meal', { exact: true }).selectOption('dinner');
    await doses(page).getByRole('heading', { name: 'Doses' }).click();

    await expect.poll(() => answerText(page), { timeout: 20_000 }).toMatch(/the dose moved 11 h later/);
    const text = await answerText(page);
    // Only around Wednesday's trough (day 2.0 on the axis: Monday 08:00 is day 0) is it far below the plan.
    expect(text).toMatch(
      /Below the plan from day 1\.\d to day 2\.\d, by up to (\d+)% \(day 2\.0\), because of the missed dose on day 1/,
    );
    const drop = Number(/by up to (\d+)% \(day 2\.0\)/.exec(text)![1]);
    expect(drop).toBeGreaterThan(40);
    // From Wednesday on it is above the plan, because of the double dose.
    expect(text).toMatch(
      /Above the plan from day 2\.\d to day 3\.\d, by up to \d+% \(day 3\.\d\), because of the double dose on day 2/,
    );
    const rises = [...text.matchAll(/Above the plan.*?by up to (\d+)%/g)].map((m) => Number(m[1]));
    expect(Math.max(...rises)).toBeGreaterThan(5);
    expect(text).toMatch(
      /Within 5% of the plan again from day \d+\.\d, \d+\.\d days after the last change\./,
    );
    expect(text).not.toMatch(/missed or late doses lower/);

    // The threshold: 0.5 typed stays 0.5; the crossing is counted from day 0 as the axis counts.
    const box = answersPanel(page).getByLabel(/^Threshold/);
    await box.fill('0.5');
    await box.press('Enter');
    await expect
      .poll(() => answerText(page))
      .toMatch(/MK-7 first reaches 0\.5 ng\/mL at day 0\.\d \(\d+\.\d h after the start\)\./);
    expect(await box.inputValue()).toBe('0.5');
    // Cleared: no threshold sentence, and the box stays empty.
    await box.fill('');
    await box.press('Enter');
    await expect.poll(() => answerText(page)).not.toMatch(/first reaches|does not reach/);
    expect(await box.inputValue()).toBe('');
    // In a nmol/L view the box and the sentence speak nmol/L.
    await box.fill('2');
    await box.press('Enter');
    await page.getByRole('radio', { name: 'nmol/L' }).check();
    await answersPanel(page).getByText('Threshold (nmol/L)').waitFor();
    await expect.poll(() => answerText(page)).toMatch(/MK-7 first reaches 2 nmol\/L at day \d+\.\d/);

    await page.getByRole('radio', { name: 'ng/mL' }).check();
    await box.fill('1');
    await box.press('Enter');
    await expect.poll(() => answerText(page)).toMatch(/first reaches 1 ng\/mL/);
    await answersPanel(page).scrollIntoViewIfNeeded();
    await answersPanel(page).screenshot({ path: '/tmp/answers-week.png' });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
