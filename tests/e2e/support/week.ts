/**
 * The week, built through the Doses panel as a user does (shared by the answers, schedule and reopen
 * tests): MK-7 only, 180 µg once a day with breakfast from Monday 23 March 2026 08:00, Tuesday missed,
 * Wednesday doubled, and (optionally) Thursday's dose moved to 19:00 with dinner. Also the long-task recorder
 * the tests that measure main-thread blocks install before the app's scripts run.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const dosesPanel = (page: Page): Locator => page.getByRole('region', { name: 'Doses' });
export const mk7Doses = (page: Page): Locator => dosesPanel(page).locator('fieldset[data-compound=mk7]');
export const doseRow = (page: Page, date: string): Locator =>
  mk7Doses(page).locator(`tr[data-date="${date}"]`).first();

export async function buildWeek(page: Page, options: { moveThursday: boolean }): Promise<void> {
  await page.getByRole('checkbox', { name: 'MK-4' }).uncheck();
  await page.getByRole('checkbox', { name: 'K1' }).uncheck();
  const dose = page.getByRole('textbox', { name: /^Dose/ }).first();
  await dose.fill('180');
  await dose.press('Enter');
  await dosesPanel(page).getByLabel('Start date').fill('2026-03-23');
  await dosesPanel(page).getByLabel('Start time').fill('08:00');
  await mk7Doses(page).getByLabel('Pattern').selectOption('once');
  await mk7Doses(page).getByLabel('Daily meal', { exact: true }).selectOption('breakfast');
  await expect.poll(() => mk7Doses(page).locator('tr.dose-row').count()).toBeGreaterThan(20);
  await doseRow(page, '2026-03-24')
    .getByRole('button', { name: /^Mark missed/ })
    .click();
  await doseRow(page, '2026-03-25')
    .getByRole('button', { name: /^Duplicate/ })
    .click();
  await expect.poll(() => mk7Doses(page).locator('tr[data-date="2026-03-25"]').count()).toBe(2);
  if (options.moveThursday) {
    await doseRow(page, '2026-03-26').getByLabel('Dose time').fill('2026-03-26T19:00');
    await doseRow(page, '2026-03-26').getByLabel('Meal', { exact: true }).selectOption('dinner');
  }
}

/** Records every long task (> 50 ms on the main thread) of the context's pages in `window.__longTasks`. */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}
