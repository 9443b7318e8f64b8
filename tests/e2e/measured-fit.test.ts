/**
 * My measured levels in Chromium, the user's walkthrough: four levels imported out of order (one inside the
 * run, a 0, one before the run starts, one after it ends) are listed by date and time; the list marks the three
 * the fit leaves out with the reason, and the factor's sentence says it used 1 of the 4 levels and why it left
 * out each other one. Removing and editing a row reach the level that row shows. A CSV with -1 is
 * refused because a level cannot be negative, one that mixes separators names the row that differs.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppSession } from './support/session';

const SHOTS = '/tmp/measured-shots';
const measured = (page: Page) => page.getByRole('region', { name: 'My measured levels' });
const importCsv = (page: Page, name: string, body: string) =>
  measured(page)
    .getByLabel('Import CSV of measured levels')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(body) });
/** A date `days` after `date` (YYYY-MM-DD), in the same form. */
const dateAfter = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The list as shown: each row's date and time, value and the mark under its date (empty for a level the fit uses). */
const listed = (page: Page) =>
  measured(page)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [
        (r.querySelector('input[type=datetime-local]') as HTMLInputElement).value,
        (r.querySelector('input[aria-label="Measured value"]') as HTMLInputElement).value,
        r.querySelector('.measured-use')?.textContent ?? '',
      ]),
    );

describe('measured levels: what the fit uses, in time order (chromium)', () => {
  const session = useAppSession();

  it('lists by time, marks and names the levels left out, and edits and removes the level a row shows', async () => {
    const page = await session.open();
    const start = await page.getByRole('region', { name: 'Doses' }).getByLabel('Start date').inputValue();
    const inside = dateAfter(start, 7);
    const zero = dateAfter(start, 9);
    const before = dateAfter(start, -3 * 365);
    const after = dateAfter(start, 180);
    await importCsv(
      page,
      'x.csv',
      `date,value\n${inside} 09:00,1.0\n${zero} 09:00,0\n${before} 08:00,1.0\n${after} 08:00,1.0\n`,
    );
    await expect.poll(() => measured(page).getByRole('status').textContent()).toMatch(/Imported 4 levels/);
    expect(await listed(page)).toEqual([
      [`${before}T08:00`, '1', 'Not used for the fit: before the run starts'],
      [`${inside}T09:00`, '1', ''],
      [`${zero}T09:00`, '0', 'Not used for the fit: 0, below detection'],
      [`${after}T08:00`, '1', 'Not used for the fit: after the run ends'],
    ]);
    await measured(page).getByRole('button', { name: 'Fit personal factor' }).click();
    await expect
      .poll(() => measured(page).getByTestId('personal-factor').textContent())
      .toMatch(
        /^Personal factor ×[\d.]+ \(one level: no interval\), from 1 level, which it matches exactly\. .* The fit used 1 of the 4 levels\. Left out: 1 level dated before the run starts, 1 level dated after the run ends and 1 level of 0, below detection \(the fit compares logarithms\)\.$/,
      );
    mkdirSync(SHOTS, { recursive: true });
    await measured(page).screenshot({ path: join(SHOTS, 'fit-used.png') });

    // Remove the 0 (third row): that level goes, the others stay.
    await measured(page)
      .getByRole('button', { name: `Remove level 3 (${zero} 09:00)` })
      .click();
    expect((await listed(page)).map(([when]) => when)).toEqual([
      `${before}T08:00`,
      `${inside}T09:00`,
      `${after}T08:00`,
    ]);
    // The value typed into the second row is that level's: still at its date, and the fit is said to be stale.
    const box = measured(page).locator('tbody tr').nth(1).getByRole('textbox', { name: 'Measured value' });
    await box.fill('2');
    await box.press('Enter');
    await expect.poll(async () => (await listed(page))[1]).toEqual([`${inside}T09:00`, '2', '']);
    await expect.poll(() => measured(page).getByTestId('fit-stale').count()).toBe(1);
    // A date moved before the others: the row keeps its place while the keyboard is in the table, then sorts.
    const when = measured(page).locator('tbody tr').nth(1).getByLabel('Measured at');
    await when.fill(`${dateAfter(before, -1)}T07:00`);
    await measured(page).getByRole('button', { name: 'Add measured level' }).focus();
    await expect
      .poll(async () => (await listed(page)).map(([w, v]) => `${w} ${v}`))
      .toEqual([`${dateAfter(before, -1)}T07:00 2`, `${before}T08:00 1`, `${after}T08:00 1`]);
    await measured(page).getByRole('button', { name: 'Fit personal factor' }).click();
    await expect
      .poll(() => measured(page).getByRole('status').first().textContent())
      .toBe(
        'None of the 3 levels can be used for the fit: 2 levels dated before the run starts and 1 level dated after the run ends.',
      );
    expect(session.app.errors).toEqual([]);
  });

  it('a -1 is refused as negative and a row of other separators is named', async () => {
    const page = await session.open();
    await importCsv(
      page,
      'neg.csv',
      'date,value,unit\n2026-01-05 08:00,1.2,ng/mL\n2026-01-06 08:00,-1,ng/mL\n',
    );
    await expect
      .poll(() => measured(page).getByRole('status').textContent())
      .toBe(
        'neg.csv: Row 3: -1 is negative, and a level cannot be below 0 (write 0 for a level below detection). Nothing was imported.',
      );
    await importCsv(
      page,
      'mixed.csv',
      'date;value;unit\n2026-01-05 08:00;1,2;ng/mL\n2026-01-06 08:00,1.0,ng/mL\n',
    );
    await expect
      .poll(() => measured(page).getByRole('status').textContent())
      .toBe(
        'mixed.csv: Could not tell the columns apart: row 3 has 1 field where row 1 has 3, separated by semicolons: \'2026-01-06 08:00,1.0,ng/mL\'. Every row needs the same number of fields (e.g. "2026-03-23 08:00;1,2;ng/mL"). Nothing was imported.',
      );
    await measured(page).screenshot({ path: join(SHOTS, 'csv-mixed.png') });
    expect(session.app.errors).toEqual([]);
  });
});
