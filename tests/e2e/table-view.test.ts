/**
 * Issue 18 §3, table view: each chart's "Chart | Table" switch shows a real table of the visible curves. Its
 * highest value per curve is the Numbers table's Cmax (both read in the browser), and for one dose it is the
 * analytic Bateman peak.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppSession } from './support/session';
import { oneDoseLevel, oneDosePeak, oneDoseScenario, openScenario, readNumber } from './support/a11y';

const HEAVY = resolve(fileURLToPath(new URL('../fixtures/heavy.k2.json', import.meta.url)));

/** Switches the plasma chart to its table; returns the table. */
async function plasmaTable(page: Page) {
  await page
    .getByRole('group', { name: 'Plasma concentration: show as' })
    .getByRole('button', { name: 'Table' })
    .click();
  const table = page.getByRole('table', { name: /^Plasma concentration: the chart as a table/ });
  await table.waitFor();
  return table;
}

/** Each curve's column header text and its highest value in the table, as shown. */
async function columnPeaks(page: Page): Promise<Map<string, { shown: string; peakRowMarked: boolean }>> {
  const found = await page.getByTestId('plasma-chart-table').evaluate((root) => {
    const heads = Array.from(root.querySelectorAll('thead th[data-series]'));
    return heads.map((th) => {
      const key = th.getAttribute('data-series')!;
      const cells = Array.from(root.querySelectorAll(`tbody td[data-series="${key}"]`));
      const value = (c: Element) => Number(c.querySelector('[data-value]')!.textContent!.replace(/,/g, ''));
      const max = Math.max(...cells.map(value));
      const top = cells.filter((c) => value(c) === max);
      return {
        header: th.textContent!,
        shown: top[0]!.querySelector('[data-value]')!.textContent!,
        // Rounded to 3 digits, neighbours of the peak may print the same value: one of them is the marked peak.
        peakRowMarked: top.some((c) => c.textContent!.includes('(peak)')),
      };
    });
  });
  return new Map(found.map((f) => [f.header, { shown: f.shown, peakRowMarked: f.peakRowMarked }]));
}

/** The Numbers table's Cmax per curve label, as shown. */
async function numbersCmax(page: Page): Promise<Map<string, string>> {
  const table = page.getByTestId('metrics-table');
  await table.locator('tbody tr').first().waitFor();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')!.textContent!.trim(),
        tr.querySelector('td[data-metric=cmax] [data-value]')!.textContent!.trim(),
      ]),
    );
  return new Map(rows as [string, string][]);
}

describe('the chart as a table (chromium)', () => {
  const session = useAppSession();

  it('lists every visible curve with units, capped rows and a caption, and the same peak as the Numbers table', async () => {
    const page = await session.open();
    const table = await plasmaTable(page);
    const heads = await table.locator('thead th').allTextContents();
    expect(heads).toEqual([
      'Time (h)',
      'Day',
      'MK-4 (ng/mL)',
      'MK-7 (ng/mL)',
      'K1 (ng/mL)',
      'Doses since the row before',
    ]);
    // 30 days hourly is 721 steps: every 2nd (361) and each curve's peak, if off that grid.
    const caption = await table.locator('caption').textContent();
    expect(caption).toMatch(/of 721 output steps: every 2 h, and each curve’s peak/);
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(361);
    expect(rows).toBeLessThanOrEqual(364);
    // The first dose of each compound is named in the first row.
    expect(await table.locator('tbody tr').first().locator('td').last().textContent()).toBe(
      'MK-4 dose 90 µg; MK-7 dose 90 µg; K1 dose 90 µg',
    );

    const peaks = await columnPeaks(page);
    const numbers = await numbersCmax(page);
    for (const label of ['MK-7', 'K1']) {
      const fromTable = peaks.get(`${label} (ng/mL)`)!;
      const fromNumbers = numbers.get(label)!;
      // The table is at the output step, the Numbers' Cmax is the refined peak: equal to 3 digits here.
      expect(fromTable.shown, label).toBe(fromNumbers);
      expect(fromTable.peakRowMarked, `${label}: the peak row is marked`).toBe(true);
    }
    expect(session.app.errors).toEqual([]);
    await session.app.context.close();
  });

  it("one dose: the table's highest level is the analytic Bateman peak, and the Numbers table's", async () => {
    const page = await session.open();
    await openScenario(page, oneDoseScenario());
    await plasmaTable(page);
    const peaks = await columnPeaks(page);
    const shown = readNumber(peaks.get('MK-7 (ng/mL)')!.shown);
    const analytic = oneDosePeak();
    // The hourly grid's highest point sits within 0.25% of the true peak (at 5.74 h, 41.0 ng/mL).
    expect(analytic.level).toBeCloseTo(40.99, 1);
    expect(Math.abs(shown - analytic.level) / analytic.level).toBeLessThan(0.0025);
    expect(peaks.get('MK-7 (ng/mL)')!.shown).toBe((await numbersCmax(page)).get('MK-7'));
    // One row per hour (73 steps), and the dose named in the first row.
    const table = page.getByTestId('plasma-chart-table');
    expect(await table.locator('tbody tr').count()).toBe(73);
    expect(await table.locator('caption').textContent()).toContain('Every output step (1 h).');
    expect(await table.locator('tbody tr').first().locator('td').last().textContent()).toBe(
      'MK-7 dose 1,000 µg',
    );
    // Back to the chart: the switch works both ways.
    await page.getByRole('button', { name: 'Chart' }).first().click();
    await page.getByTestId('plasma-chart').waitFor();
    expect(session.app.errors).toEqual([]);
    await session.app.context.close();
  });
  it('a double dose (two at one time) is marked and named on the chart, in the table and in the readout', async () => {
    const page = await session.open();
    const scenario = oneDoseScenario();
    // Two daily doses, and an extra one at 24 h: the second dose time holds two.
    scenario.regimens[0] = {
      ...scenario.regimens[0]!,
      doseCount: 2,
      extraDoses: [{ timeH: 24, amountUg: 1000, fatG: 0 }],
    };
    await openScenario(page, scenario);
    const marker = page.locator('[data-testid=plasma-chart] .dose-marker.double');
    expect(await marker.count()).toBe(1);
    expect(await marker.locator('title').textContent()).toBe('Dose 2 at day 1: double dose');

    const table = await plasmaTable(page);
    const row24 = table.locator('tbody tr[data-index="24"]');
    expect(await row24.locator('td').last().textContent()).toBe('MK-7 double dose (2 × 1,000 µg)');
    // Superposition (linear kinetics): 30 h is 30 h after the first dose and 6 h after the two at 24 h.
    const row30 = table.locator('tbody tr[data-index="30"]');
    const at30 = readNumber((await row30.locator('td[data-series] [data-value]').textContent())!);
    const expected = oneDoseLevel(30) + 2 * oneDoseLevel(6);
    expect(Math.abs(at30 - expected) / expected).toBeLessThan(0.005);

    await page.getByRole('button', { name: 'Chart' }).first().click();
    await page.getByRole('slider', { name: /^Plasma concentration: level readout/ }).focus();
    for (let i = 0; i < 24; i++) await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.getByTestId('plasma-chart-announce').textContent())
      .toMatch(/^day 1 \(24 h\): MK-7 \S+ ng\/mL\. MK-7 double dose \(2 × 1,000 µg\)\.$/);
    await session.app.context.close();
  });

  it('ten years of hourly doses (87,841 output steps): the table lists at most 500 rows plus the peak', async () => {
    const page = await session.open();
    const scenario = JSON.parse(await readFile(HEAVY, 'utf8')) as {
      regimens: { compound: string }[];
      display: Record<string, unknown>;
    };
    scenario.regimens = scenario.regimens.filter((r) => r.compound === 'mk7');
    scenario.display['visible'] = ['mk7'];
    await page.getByTestId('scenario-file-input').setInputFiles({
      name: 'heavy-mk7.k2.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(scenario)),
    });
    await page.locator('[data-testid=plasma-chart] .curve-mk7').waitFor({ timeout: 90_000 });
    const started = Date.now();
    const table = await plasmaTable(page);
    const rows = await table.locator('tbody tr').count();
    console.log(`[table-view] 10-year hourly: ${rows} rows shown in ${Date.now() - started} ms`);
    expect(rows).toBeGreaterThan(400);
    expect(rows).toBeLessThanOrEqual(501);
    expect(await table.locator('caption').textContent()).toMatch(/of 87,841 output steps: every 177 h/);
    // The hourly doses between two rows are counted, not listed one by one.
    expect(await table.locator('tbody tr').nth(1).locator('td').last().textContent()).toBe('MK-7 177 doses');
    await session.app.context.close();
  }, 180_000);
});
