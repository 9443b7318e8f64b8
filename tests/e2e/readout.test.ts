/**
 * Issue 18 §3, readout and announcements: the plasma chart's plot is a keyboard stop; arrow keys move a readout
 * along the time axis and a polite live region says every curve's level there. The levels are checked against
 * the analytic one-dose curve and against the app's own CSV export row at that time; a change of dose is said
 * as the new peak, which for linear MK-7 is twice the old Numbers Cmax when the dose doubles.
 */
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureDownload } from './support/files';
import { useAppSession } from './support/session';
import { oneDoseLevel, oneDoseScenario, openScenario, readNumber } from './support/a11y';

const readout = (page: Page) => page.getByRole('slider', { name: /^Plasma concentration: level readout/ });
const announced = async (page: Page) => (await page.getByTestId('plasma-chart-announce').textContent()) ?? '';

/** "MK-7 40.9 ng/mL" in an announcement, as a number. */
function levelIn(text: string, label: string): number {
  const match = new RegExp(`${label} (\\S+) ng/mL`).exec(text);
  if (!match) throw new Error(`no ${label} level in "${text}"`);
  return readNumber(match[1]!);
}

/** Relative difference, with a floor for values printed as 0. */
const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);

describe('the keyboard readout (chromium)', () => {
  const session = useAppSession();

  it('one dose: focus, ArrowRight, Shift, Home and End announce the analytic level at each time', async () => {
    const page = await session.open();
    await openScenario(page, oneDoseScenario());
    const area = readout(page);
    expect(await area.getAttribute('tabindex')).toBe('0');
    await area.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => announced(page)).toMatch(/^day 0\.25 \(6 h\): MK-7 /);
    const at6 = levelIn(await announced(page), 'MK-7');
    // 3 significant digits of C(6 h) = F·D/V · ka/(ka − ke) · (e^(−ke·6) − e^(−ka·6)).
    expect(relative(at6, oneDoseLevel(6))).toBeLessThan(0.005);
    expect(await page.getByTestId('plasma-chart-announce').getAttribute('aria-live')).toBe('polite');

    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => announced(page)).toMatch(/^day 0\.67 \(16 h\)/);
    expect(relative(levelIn(await announced(page), 'MK-7'), oneDoseLevel(16))).toBeLessThan(0.005);

    await page.keyboard.press('End');
    await expect.poll(() => announced(page)).toMatch(/^day 3 \(72 h\)/);
    expect(relative(levelIn(await announced(page), 'MK-7'), oneDoseLevel(72))).toBeLessThan(0.005);

    await page.keyboard.press('Home');
    await expect.poll(() => announced(page)).toBe('day 0 (0 h): MK-7 0 ng/mL. MK-7 dose 1,000 µg.');
    // The cursor is drawn while the readout has the focus.
    expect(
      await page
        .locator('[data-testid=plasma-chart] ~ .readout-layer .readout-cursor, .readout-cursor')
        .count(),
    ).toBe(1);
    expect(session.app.errors).toEqual([]);
    await session.app.context.close();
  });

  it('the default week: the levels announced at 700 h are the exported CSV row at 700 h, for all three curves', async () => {
    const page = await session.open();
    const csv = await captureDownload(page, async () => {
      await page.getByRole('button', { name: 'Export' }).click();
      await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'CSV data' }).click();
    });
    const rows = Papa.parse<string[]>(csv.text.slice(1), { skipEmptyLines: true }).data;
    const header = rows[0]!;
    const row = rows.find((r) => r[0] === '700')!;
    expect(row, 'a CSV row at 700 h').toBeDefined();
    const column = (name: string) => Number(row[header.indexOf(name)]);

    await readout(page).focus();
    // 721 hourly steps: the readout stops every 2 h (as the table lists them); End, then back 10 stops.
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => announced(page)).toMatch(/^day 29\.17 \(700 h\): /);
    const text = await announced(page);
    expect(relative(levelIn(text, 'MK-7'), column('mk7_plasma_ng_per_ml'))).toBeLessThan(0.005);
    expect(relative(levelIn(text, 'K1'), column('k1_plasma_ng_per_ml'))).toBeLessThan(0.005);
    expect(relative(levelIn(text, 'MK-4'), column('mk4_plasma_ng_per_ml'))).toBeLessThan(0.05);
    await session.app.context.close();
  });

  it('hovering the plot shows the readout beside the cursor', async () => {
    const page = await session.open();
    const box = (await readout(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const shown = page.locator('.readout-box');
    await shown.waitFor();
    // Half-way along the 30-day axis: about day 15, with all three levels.
    expect(await shown.textContent()).toMatch(
      /^day 1[45](\.\d+)? \(\d+ h\): MK-4 \S+ ng\/mL, MK-7 \S+ ng\/mL, K1 \S+ ng\/mL/,
    );
    await page.mouse.move(box.x - 40, box.y - 40);
    await expect.poll(() => shown.count()).toBe(0);
    await session.app.context.close();
  });

  it('a change is announced once it settles: doubling the MK-7 dose announces twice the old Cmax', async () => {
    const page = await session.open();
    const cmax = page
      .getByTestId('metrics-table')
      .locator('tbody tr', { hasText: 'MK-7' })
      .locator('td[data-metric=cmax] [data-value]');
    await cmax.waitFor();
    const before = readNumber((await cmax.textContent())!);
    const dose = page.getByRole('textbox', { name: /^Dose \(µg\) value/ });
    await dose.fill('180');
    await dose.press('Enter');
    const said = page.getByTestId('change-announce');
    await expect.poll(() => said.textContent(), { timeout: 5000 }).toMatch(/MK-7 peak \S+ ng\/mL on day /);
    const text = (await said.textContent())!;
    expect(await said.getAttribute('aria-live')).toBe('polite');
    // Linear kinetics: the same schedule at twice the dose peaks twice as high (3 printed digits each).
    expect(relative(levelIn(text.replaceAll(' peak', ''), 'MK-7'), 2 * before)).toBeLessThan(0.01);
    expect(text).toMatch(/^MK-4 peak .*; MK-7 peak .*; K1 peak .* on day [\d.]+ \(\d+ h\)$/);
    await session.app.context.close();
  });
});
