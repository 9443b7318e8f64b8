/**
 * The Doses panel with a file of nine ten-year calendar regimens (tests/fixtures/freezeFixtures.ts,
 * 'nine-regimens-3-slots') in a real Chromium: their lists are made by the panel's worker, not on the page
 * (issue 20), and each still shows its first page, how many doses it has, and turns pages and takes edits.
 * The counts are the calendar's, by hand: three slots (08:00, 13:00, 19:00, Europe/Berlin) on each of 3,660
 * days from Monday 5 January 2026 08:00; the run ends at the 3,661st day's 08:00 (winter time at both ends, so
 * 3,660 × 24 h), which is left out: 10,980 doses. Nine lists share 100 rows: 11 a page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { FREEZE_FIXTURES, freezeFixtureText } from '../fixtures/freezeFixtures';
import { dosesPanel } from './support/week';
import { mk7PlasmaPath, useAppSession } from './support/session';

const lists = (page: Page): Locator => dosesPanel(page).locator('fieldset.regimen-doses');
const range = (list: Locator) => list.locator('nav.pager span[aria-live]');
const firstRow = (list: Locator) => list.locator('tr.dose-row').first();

describe('a file of nine ten-year calendar regimens in the Doses panel (chromium)', () => {
  const session = useAppSession();
  const dir = mkdtempSync(join(tmpdir(), 'k2-doses-heavy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists each regimen: first page, count, page turns and an edit', async () => {
    const page = await session.open();
    await mk7PlasmaPath(page).waitFor();
    // The lists are made in the panel's worker: it starts, and it loads (a worker module that touched the page's
    // document failed at load, and the worker kit then listed everything on the page, silently but for a warning).
    const workers: string[] = [];
    const warnings: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const path = join(dir, 'nine.k2.json');
    writeFileSync(path, freezeFixtureText(FREEZE_FIXTURES['nine-regimens-3-slots']!()), 'utf8');
    await page.getByTestId('scenario-file-input').setInputFiles(path);

    await expect.poll(() => lists(page).count(), { timeout: 60_000 }).toBe(9);
    for (let i = 0; i < 9; i++) {
      const list = lists(page).nth(i);
      await expect.poll(() => range(list).textContent(), { timeout: 60_000 }).toBe('Doses 1–11 of 10,980');
      await expect.poll(() => list.locator('tr.dose-row').count()).toBe(11);
      expect(await firstRow(list).getAttribute('data-date')).toBe('2026-01-05');
      expect(await firstRow(list).getByLabel('Dose time').inputValue()).toBe('2026-01-05T08:00');
    }
    // The page says what is being listed only while it is: nothing is left saying so.
    await expect
      .poll(() =>
        dosesPanel(page)
          .getByText(/^Listing the/)
          .count(),
      )
      .toBe(0);

    // Rows 12-22 of the fourth list: row 12 is the fourth day's third slot (Thursday 8 January, 19:00).
    const fourth = lists(page).nth(3);
    await fourth.getByRole('button', { name: 'Next 11' }).click();
    await expect.poll(() => range(fourth).textContent()).toBe('Doses 12–22 of 10,980');
    expect(await firstRow(fourth).getByLabel('Dose time').inputValue()).toBe('2026-01-08T19:00');

    // A missed dose stays in the list (flagged), so the count does not change.
    const second = lists(page).nth(1);
    await firstRow(second)
      .getByRole('button', { name: /^Mark missed/ })
      .click();
    await expect.poll(() => firstRow(second).getAttribute('class')).toBe('dose-row missed');
    expect(await range(second).textContent()).toBe('Doses 1–11 of 10,980');
    expect(await range(fourth).textContent()).toBe('Doses 12–22 of 10,980');

    expect(workers.some((url) => url.includes('doseList.worker'))).toBe(true);
    expect(warnings.filter((w) => /^Worker (unavailable|failed)/.test(w))).toEqual([]);
  }, 180_000);
});
