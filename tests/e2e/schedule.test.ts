/**
 * Your own week in a real Chromium (time zone Europe/Berlin): the Doses editor builds "start Monday 08:00 with
 * breakfast; Tuesday missed; a double dose Wednesday; Thursday at 19:00 with dinner"; the app's curve (its CSV
 * export, drawn from scenarioView) matches the command line run on the saved file; a dose moved later changes
 * the trough; measured levels imported from CSV pull the curve toward them through the fitted factor; the saved
 * file reopens to the same picture. Screenshots of the editor and the calendar axis go to docs/screenshots.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../sim';
import { startBrowserHarness, type BrowserHarness } from './support/browser';
import { captureDownload } from './support/files';
import { mk7PlasmaPath } from './support/session';
import { buildWeek, dosesPanel, doseRow, mk7Doses } from './support/week';

/** The Doses panel draws a list's rows ten per task, in turns (DosesPanel.tsx): give a loaded machine time. */
const ROWS_DRAWN = { timeout: 15_000 };

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SHOTS = join(ROOT, 'docs', 'screenshots');
/**
 * The MK-7 plasma column: "mk7_plasma_ng_per_ml" in the app's export, "r2_mk7_..." in the CLI's (regimen 2),
 * "..._personal_x2.0" once a personal factor scales it.
 */
const MK7 = /(^|_)mk7_plasma_ng_per_ml(_personal_x[0-9.]+)?$/;
const mk7Of = (cols: Record<string, number[]>): number[] => {
  const name = Object.keys(cols).find((k) => MK7.test(k));
  if (!name) throw new Error(`no MK-7 plasma column in ${Object.keys(cols).join(', ')}`);
  return cols[name]!;
};

/** Rows of a CSV as numbers by column name (BOM, CRLF and LF tolerated). */
function csvColumns(text: string): Record<string, number[]> {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l !== '');
  const header = lines[0]!.split(',');
  const cols: Record<string, number[]> = Object.fromEntries(header.map((h) => [h, []]));
  for (const line of lines.slice(1)) line.split(',').forEach((v, i) => cols[header[i]!]!.push(Number(v)));
  return cols;
}

async function exportCsv(page: Page): Promise<Record<string, number[]>> {
  await page.getByRole('button', { name: 'Export' }).click();
  const file = await captureDownload(page, () =>
    page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'CSV data' }).click(),
  );
  await page.keyboard.press('Escape');
  return csvColumns(file.text);
}

function cliCsv(scenarioText: string): Record<string, number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'k2-week-'));
  const path = join(dir, 'week.k2.json');
  writeFileSync(path, scenarioText);
  const out = execFileSync('npm', ['run', '-s', 'simulate', '--', '--scenario', path, '--format', 'csv'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return csvColumns(out);
}

/** Lowest MK-7 level between two times (h), from an exported CSV. */
function minBetween(cols: Record<string, number[]>, fromH: number, toH: number): number {
  const t = cols['time_h']!;
  const c = mk7Of(cols);
  let lo = Infinity;
  t.forEach((x, i) => {
    if (x >= fromH && x <= toH) lo = Math.min(lo, c[i]!);
  });
  return lo;
}

describe('your own week (chromium, Europe/Berlin)', () => {
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
      viewport: { width: 1280, height: 720 },
      acceptDownloads: true,
      timezoneId: 'Europe/Berlin',
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

  it('builds the week, matches the command line, moves a dose, fits measured levels, and reopens the same', async () => {
    const { page, errors } = await openApp();
    // Start Monday 23 March 2026, 08:00, once a day with breakfast; Tuesday missed, Wednesday doubled,
    // Thursday at 19:00 with dinner.
    await buildWeek(page, { moveThursday: true });
    expect(await doseRow(page, '2026-03-24').getAttribute('class')).toContain('missed');
    expect(await doseRow(page, '2026-03-26').getByLabel('Meal fat').inputValue()).toBe('25');
    await expect
      .poll(() => page.getByTestId('answers').textContent())
      .toMatch(
        /MK-7: Day 14: \d+% of steady state\. Below the plan from day 1\.\d .*Above the plan .*the double dose on day 2/,
      );

    // Blur the edited time box, then the editor as a user sees it.
    await dosesPanel(page).getByRole('heading', { name: 'Doses' }).click();
    await mk7Doses(page)
      .locator('.dose-table-scroll')
      .evaluate((el) => (el.scrollLeft = 0));
    await dosesPanel(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'schedule-editor.png') });

    // Save: the file carries the calendar and the edits.
    const saved = await captureDownload(page, () =>
      page.getByRole('button', { name: 'Save scenario', exact: true }).click(),
    );
    const parsed = parseScenarioText(saved.text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.scenario.version).toBe(3);
    expect(parsed.scenario.calendar?.start).toEqual({
      date: '2026-03-23',
      time: '08:00',
      timeZone: 'Europe/Berlin',
    });
    expect(parsed.scenario.regimens[1]!.schedule?.edits).toEqual([
      { key: '2026-03-24#0', missed: true },
      { key: '2026-03-25#0', copies: 2 },
      { key: '2026-03-26#0', moveMin: 660, meal: 'dinner' },
    ]);

    // The app's curve is the command line's curve for the saved file.
    const app = await exportCsv(page);
    const cli = cliCsv(saved.text);
    expect(app['time_h']).toEqual(cli['time_h']);
    const a = mk7Of(app);
    const c = mk7Of(cli);
    expect(a.length).toBe(c.length);
    let worst = 0;
    a.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - c[i]!) / Math.max(1e-9, Math.abs(c[i]!)))));
    // The app's CSV has 7 significant digits, the CLI's 10.
    expect(worst).toBeLessThan(1e-6);

    // A dose taken later: drag Friday's marker (dose 6: Mon, Tue missed, Wed ×2, Thu, Fri) to the right.
    const before = minBetween(app, 90, 110);
    await page.getByRole('button', { name: /^Dose 1 at day 0 / }).focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    const marker = page.getByRole('button', { name: /^Dose 6 at day 4 / });
    const box = (await marker.boundingBox())!;
    const plotBox = (await page.locator('[data-testid=plasma-chart] .plot-frame').boundingBox())!;
    // About 10 h on a 30-day axis (the plot is most of the frame's width).
    const dx = Math.round(((plotBox.width * 0.85) / (30 * 24)) * 10);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + dx / 2, box.y + box.height / 2, { steps: 3 });
    await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2, { steps: 3 });
    await page.mouse.up();
    await expect
      .poll(() => doseRow(page, '2026-03-27').getByLabel('Dose time').inputValue())
      .not.toBe('2026-03-27T08:00');
    const late = await doseRow(page, '2026-03-27').getByLabel('Dose time').inputValue();
    expect(late > '2026-03-27T12:00' && late < '2026-03-27T23:00').toBe(true);
    const moved = await exportCsv(page);
    const after = minBetween(moved, 90, 110);
    // Taken later, the level falls further before it: a lower trough.
    expect(after).toBeLessThan(before);
    console.log(
      `[schedule] Friday's dose dragged to ${late}: trough ${before.toFixed(3)} -> ${after.toFixed(3)} ng/mL`,
    );

    // Measured levels at twice the model's level, imported from a CSV with semicolons and decimal commas.
    const t = moved['time_h']!;
    const at = (h: number) => mk7Of(moved)[t.indexOf(h)]!;
    const levels = [
      ['2026-03-25 10:00', 50],
      ['2026-03-28 08:00', 120],
      // 20:00 summer time on 1 April = 18:00 UTC, 9 days and 11 h after 07:00 UTC on 23 March.
      ['2026-04-01 20:00', 9 * 24 + 11],
    ] as const;
    const csv = `Date time;Value;Unit\n${levels.map(([when, h]) => `${when};${(2 * at(h)).toFixed(4).replace('.', ',')};ng/mL`).join('\n')}\n\n`;
    const measured = page.getByRole('region', { name: 'My measured levels' });
    await measured.getByLabel('Import CSV of measured levels').setInputFiles({
      name: 'levels.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await expect.poll(() => measured.getByRole('status').textContent()).toMatch(/Imported 3 levels/);
    await measured.getByRole('button', { name: 'Fit personal factor' }).click();
    await expect
      .poll(() => measured.getByTestId('personal-factor').textContent())
      .toMatch(/Personal factor ×2\.0 /);
    const fitted = await exportCsv(page);
    // The scaled column says so in its name (issue 19 §3).
    expect(Object.keys(fitted)).toContain('mk7_plasma_ng_per_ml_personal_x2.0');
    // The legend, the exported SVG and the parameters CSV name the factor too.
    await expect
      .poll(() => page.locator('[data-testid=plasma-chart] .plot-legend').textContent())
      .toContain('MK-7, fitted ×2.0');
    await page.getByRole('button', { name: 'Export' }).click();
    const svg = await captureDownload(page, () =>
      page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'SVG image' }).click(),
    );
    expect(svg.text).toContain('MK-7, fitted ×2.0');
    expect(svg.text).toMatch(/every level ×2\.0, the personal factor fitted to 3 measured levels/);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export' }).click();
    const params = await captureDownload(page, () =>
      page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'CSV parameters' }).click(),
    );
    await page.keyboard.press('Escape');
    expect(params.text).toMatch(
      /,personal_factor,(1\.9[5-9]|2\.0[0-4])\d*,factor,fitted to 3 measured levels/,
    );
    for (const [, h] of levels) {
      const i = t.indexOf(h);
      const target = 2 * mk7Of(moved)[i]!;
      expect(Math.abs(mk7Of(fitted)[i]! - target)).toBeLessThan(Math.abs(mk7Of(moved)[i]! - target));
    }
    // Calendar dates on the time axis.
    await dosesPanel(page).getByRole('radio', { name: 'Calendar dates' }).check();
    const chart = page.getByTestId('plasma-chart');
    for (const dismiss of await page.getByRole('button', { name: /^Dismiss/ }).all()) await dismiss.click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect
      .poll(() => chart.locator('.plot-tick-x').first().textContent())
      .toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+ [A-Z][a-z]{2}/);
    await expect.poll(() => chart.locator('.measured-point').count()).toBe(3);
    await page.screenshot({ path: join(SHOTS, 'calendar-axis.png') });

    // Save and reopen in a fresh app: the same curve and the same dose list.
    const finalFile = await captureDownload(page, () =>
      page.getByRole('button', { name: 'Save scenario', exact: true }).click(),
    );
    const picture = {
      path: await mk7PlasmaPath(page).getAttribute('d'),
      rows: await mk7Doses(page).locator('tr.dose-row').count(),
      factor: await measured.getByTestId('personal-factor').textContent(),
    };
    expect(errors).toEqual([]);
    await context.close();

    const reopened = await openApp();
    const dir = mkdtempSync(join(tmpdir(), 'k2-reopen-'));
    const file = join(dir, finalFile.name);
    writeFileSync(file, finalFile.text);
    await reopened.page.getByTestId('scenario-file-input').setInputFiles(file);
    await expect
      .poll(() => mk7Doses(reopened.page).locator('tr.dose-row').count(), ROWS_DRAWN)
      .toBe(picture.rows);
    expect(await mk7PlasmaPath(reopened.page).getAttribute('d')).toBe(picture.path);
    expect(await reopened.page.getByTestId('personal-factor').textContent()).toBe(picture.factor);
    expect(reopened.errors).toEqual([]);
    await context.close();
  });
});
