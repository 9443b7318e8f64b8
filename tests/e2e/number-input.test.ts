/**
 * The app's number boxes in Chromium with an English and a German browser locale (issue 19 §2, issue 20):
 * - the table of typed strings (tests/support/typedNumbers.ts, written by hand) typed into a measured level's
 *   value box: "1,2" becomes 1.2 in the box, the chart point and the parameters CSV;
 * - hostile values, alone and in pairs (duration 1e-6 days then interval 1e-7 h, 5e-324, 1e308, -0, 'abc',
 *   ''), typed into every number box never crash the page or show the error screen, and the longest
 *   main-thread block (PerformanceObserver 'longtask' in the page) stays under 250 ms. The numbers are printed.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './support/browser';
import { recordLongTasks } from './support/week';
import { captureDownload } from './support/files';
import { mk7PlasmaPath } from './support/session';
import { TYPED_TABLE } from '../support/typedNumbers';
import { openMore } from './support/presentationMore';

const LOCALES = ['en-US', 'de-DE'] as const;
type Locale = (typeof LOCALES)[number];
const MAX_BLOCK_MS = 250;

/** How the box shows a committed value, written by hand: shortest digits, the locale's decimal mark. */
const shown = (value: number, locale: Locale): string =>
  locale === 'de-DE' ? String(value).replace('.', ',') : String(value);

let harness: BrowserHarness;
beforeAll(async () => {
  harness = await startBrowserHarness();
});
afterAll(async () => {
  await harness?.close();
});

interface LocalePage {
  page: Page;
  context: BrowserContext;
  errors: string[];
}

/** A page in the given browser locale, with every long task (> 50 ms on the main thread) recorded in the page. */
async function openIn(locale: Locale, viewport = { width: 1400, height: 900 }): Promise<LocalePage> {
  const context = await harness.browser.newContext({ locale, viewport, acceptDownloads: true });
  // The app's words in English whatever the browser's language (the labels below are English); the numbers
  // still follow the browser's region: English on a German machine writes "1,2" (en-DE), as a system does.
  await context.addInitScript(() => localStorage.setItem('k2.language', 'en'));
  await recordLongTasks(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('crash', () => errors.push('Target crashed'));
  await page.goto(harness.server.url);
  await mk7PlasmaPath(page).waitFor();
  expect(await page.evaluate(() => navigator.language)).toBe(locale);
  return { page, context, errors };
}

/** The longest main-thread block since `from` (an index into the recorded long tasks), and the new index. */
async function longestBlock(page: Page, from = 0): Promise<{ ms: number; next: number }> {
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  return { ms: Math.max(0, ...tasks.slice(from)), next: tasks.length };
}

/** Types into a box and commits with Enter, as a user would. */
async function typeInto(box: Locator, text: string): Promise<void> {
  await box.fill(text);
  await box.press('Enter');
}

/** The page still answers within 5 s and shows no error screen. */
async function expectAlive(p: LocalePage, what: string): Promise<void> {
  const answered = await Promise.race([
    p.page.evaluate(() => 1).catch(() => 0),
    new Promise<number>((done) => setTimeout(() => done(0), 5000)),
  ]);
  expect(answered, `${what}: the page stopped answering`).toBe(1);
  expect(await p.page.getByText(/Something went wrong while drawing/).count(), what).toBe(0);
  expect(p.errors, what).toEqual([]);
}

const measured = (page: Page) => page.getByRole('region', { name: 'My measured levels' });
const valueBox = (page: Page) => measured(page).getByRole('textbox', { name: 'Measured value' }).first();

// Timings on a shared 2-core machine: one retry, as in heavy.test.ts.
describe.each(LOCALES)('number boxes in a %s browser (chromium)', { retry: 1 }, (locale) => {
  it('"1,2" typed into a measured level is 1.2 in the box, on the chart and in the parameters CSV; the table of typed strings', async () => {
    const p = await openIn(locale);
    const { page } = p;
    await measured(page).getByRole('button', { name: 'Add measured level' }).click();
    const box = valueBox(page);
    expect(await box.inputValue()).toBe(shown(0.5, locale));

    await typeInto(box, '1,2');
    expect(await box.inputValue()).toBe(shown(1.2, locale));
    expect(await box.getAttribute('aria-invalid')).toBe('false');
    await expect
      .poll(() => page.locator('[data-testid=plasma-chart] .measured-point title').first().textContent())
      // The chart writes numbers as the reader's region does (English words on a German machine: "1,2").
      .toMatch(new RegExp(`: ${shown(1.2, locale).replace('.', '\\.')} ng/mL$`));
    await page.getByRole('button', { name: 'Export' }).click();
    const params = await captureDownload(page, () =>
      page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'CSV parameters' }).click(),
    );
    await page.keyboard.press('Escape');
    expect(params.text).toContain('measured 1,level,1.2,ng/mL,user');

    // The whole table through the real box: a number is committed and shown back; a refusal keeps the value.
    let value = 1.2;
    const rows: string[] = [];
    for (const row of TYPED_TABLE) {
      const expected = row[locale];
      await typeInto(box, row.typed);
      if (typeof expected === 'number') {
        value = expected;
        expect(await box.inputValue(), row.typed).toBe(shown(expected, locale));
        expect(await box.getAttribute('aria-invalid'), row.typed).toBe('false');
        rows.push(`${JSON.stringify(row.typed)} -> ${expected}`);
      } else {
        const alert = measured(page).getByRole('alert');
        const message = (await alert.textContent()) ?? '';
        // The table writes English grouping; English words on a German machine group as Germany does (en-DE).
        const grouped = locale === 'de-DE' ? expected.replace(/(\d),(\d{3})\b/g, '$1.$2') : expected;
        expect(message, row.typed).toContain(grouped);
        expect(message, row.typed).toContain(`Kept ${shown(value, locale)}`);
        expect(await box.getAttribute('aria-invalid'), row.typed).toBe('true');
        // The message is tied to the box for screen readers.
        expect(await box.getAttribute('aria-describedby'), row.typed).toBe(await alert.getAttribute('id'));
        expect(await box.inputValue(), row.typed).toBe(row.typed); // the typed text stays, to be corrected
        await box.press('Escape');
        expect(await box.inputValue(), row.typed).toBe(shown(value, locale));
        expect(await measured(page).getByRole('alert').count()).toBe(0);
        rows.push(`${JSON.stringify(row.typed)} -> refused: ${message}`);
      }
    }
    console.log(`[number-input ${locale}] measured value box:\n  ${rows.join('\n  ')}`);
    await expectAlive(p, 'after the table');
    if (locale === 'de-DE') {
      await typeInto(box, 'abc');
      await measured(page).scrollIntoViewIfNeeded();
      await measured(page).screenshot({ path: '/tmp/numinput-measured-de.png' });
      await box.press('Escape');
    }
    await p.context.close();
  });

  it('hostile values, alone and in pairs, in every number box: never a crash, longest block < 250 ms', async () => {
    const p = await openIn(locale);
    const { page } = p;
    // A pattern gives the dose list its boxes; a measured level gives its value box.
    const doses = page.getByRole('region', { name: 'Doses' });
    await doses.getByLabel('Pattern').first().selectOption('once');
    await doses.getByText('Fat per meal (g)').click();
    await measured(page).getByRole('button', { name: 'Add measured level' }).click();
    await page.waitForTimeout(500);
    let mark = (await longestBlock(page)).next;

    const slider = (name: RegExp) => page.getByRole('textbox', { name });
    const boxes: [string, Locator][] = [
      ['Dose', slider(/^Dose \(µg\) value/)],
      ['Dosing interval', slider(/^Dosing interval \(h\) value/)],
      ['Duration', slider(/^Duration \(days\) value/)],
      ['Meal fat', slider(/^Meal fat \(g\) value/)],
      ['Breakfast fat', doses.getByRole('textbox', { name: 'Breakfast fat (g)' })],
      ['Amount', doses.getByRole('textbox', { name: 'Amount' }).first()],
      ['Dose meal fat', doses.getByRole('textbox', { name: 'Meal fat' }).first()],
      ['Measured value', valueBox(page)],
    ];
    const HOSTILE = ['1e-6', '1e-7', '5e-324', '1e308', '-0', 'abc', '', '0', '3660', '1,2', '1e-400'];
    const report: string[] = [];
    let worst = 0;
    // Valid ten-year scenarios (3,660 days) are the heavy files of issue 20 §1, benchmarked there: their
    // blocks are printed apart, not held to the bound here, where the question is what a typed value can start.
    let worstHeavy = 0;
    const durationBox = slider(/^Duration \(days\) value/);
    let durationBefore = await durationBox.inputValue();
    const measure = async (what: string): Promise<void> => {
      await page.waitForTimeout(150);
      await expectAlive(p, what);
      // The committed duration (a refused draft does not count), before and after this step.
      const invalid = (await durationBox.getAttribute('aria-invalid')) === 'true';
      const durationAfter = invalid ? durationBefore : await durationBox.inputValue();
      const heavyValid = durationBefore === '3660' || durationAfter === '3660';
      durationBefore = durationAfter;
      const block = await longestBlock(page, mark);
      mark = block.next;
      if (heavyValid) worstHeavy = Math.max(worstHeavy, block.ms);
      else worst = Math.max(worst, block.ms);
      if (block.ms > 0) report.push(`${what}: ${block.ms.toFixed(0)} ms`);
      if (block.ms >= MAX_BLOCK_MS) {
        console.log(
          `[number-input ${locale}] ${what}: ${block.ms.toFixed(0)} ms${heavyValid ? ' (3,660 days)' : ''}`,
        );
      }
    };
    const restore = async (): Promise<void> => {
      await typeInto(slider(/^Duration \(days\) value/), '30');
      await typeInto(slider(/^Dosing interval \(h\) value/), '24');
    };

    for (const [name, box] of boxes) {
      // A typed interval puts the regimens back on the sliders' schedule: pick the pattern again.
      if (name === 'Amount' || name === 'Dose meal fat') {
        await doses.getByLabel('Pattern').first().selectOption('once');
      }
      for (const text of HOSTILE) {
        await typeInto(box, text);
        await measure(`${name} ${JSON.stringify(text)}`);
        await box.press('Escape');
      }
      await restore();
      await measure(`${name}: back to 30 days every 24 h`);
    }

    // Pairs: the first value accepted or refused, then the second on top of it.
    const interval = slider(/^Dosing interval \(h\) value/);
    const duration = slider(/^Duration \(days\) value/);
    const PAIRS: [Locator, string, Locator, string, string][] = [
      [duration, '1e-6', interval, '1e-7', 'duration 1e-6 days, interval 1e-7 h'],
      [interval, '1e-7', duration, '1e-6', 'interval 1e-7 h, duration 1e-6 days'],
      [duration, '5e-324', interval, '5e-324', 'duration 5e-324 days, interval 5e-324 h'],
      [duration, '1e-6', interval, '5e-324', 'duration 1e-6 days, interval 5e-324 h'],
      [interval, '0,01', duration, '3660', 'interval 0,01 h, duration 3660 days'],
      [duration, '3660', interval, '1', 'duration 3660 days, interval 1 h'],
      [duration, '1e308', interval, '-0', 'duration 1e308 days, interval -0 h'],
    ];
    for (const [first, a, second, b, what] of PAIRS) {
      await typeInto(first, a);
      await typeInto(second, b);
      await measure(what);
      const refusals = await page.getByRole('alert').allTextContents();
      report.push(`  ${what}: ${refusals.length === 0 ? 'accepted' : refusals.join(' | ')}`);
      await first.press('Escape');
      await second.press('Escape');
      await restore();
      await measure(`${what}, then back to 30 days every 24 h`);
    }
    // The presentation's threshold box (plasma scenes): hostile values, then a decimal comma, then Escape out.
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    for (let scene = 0; scene < 8; scene++) {
      // Each scene's bar starts with its More… panel shut.
      await openMore(page);
      if (await page.getByRole('textbox', { name: 'Threshold level (ng/mL)' }).isEnabled()) break;
      await page.getByRole('button', { name: /^Next/ }).click();
    }
    await openMore(page);
    const threshold = page.getByRole('textbox', { name: 'Threshold level (ng/mL)' });
    await page.getByRole('checkbox', { name: 'Threshold', exact: true }).check();
    for (const text of HOSTILE) {
      await typeInto(threshold, text);
      await measure(`Threshold ${JSON.stringify(text)}`);
      // Escape restores a refused value; with nothing to restore it would leave presentation mode.
      if ((await threshold.getAttribute('aria-invalid')) === 'true') await threshold.press('Escape');
    }
    // "0,5" typed is 0.5, in any browser; the label writes it as the UI's locale does ("0,5" in en-DE).
    await typeInto(threshold, '0,5');
    await expect
      .poll(() => page.locator('.pres-annotation-threshold text').textContent())
      .toMatch(new RegExp(`above ${shown(0.5, locale).replace('.', '\\.')} ng/mL`));
    await threshold.blur();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Presentation mode' }).waitFor();

    if (locale === 'en-US') {
      await typeInto(interval, '1e-7');
      await interval.scrollIntoViewIfNeeded();
      await page
        .getByRole('region', { name: 'Scenario controls' })
        .screenshot({ path: '/tmp/numinput-sliders.png' });
      await interval.press('Escape');
    }
    console.log(
      `[number-input ${locale}] longest main-thread block over ${boxes.length + 1} boxes × ${HOSTILE.length} values and ${PAIRS.length} pairs: ${worst.toFixed(0)} ms; with a valid 3,660-day scenario on screen: ${worstHeavy.toFixed(0)} ms\n  ${report.join('\n  ')}`,
    );
    expect(worst).toBeLessThan(MAX_BLOCK_MS);
    await p.context.close();
  }, 240_000);
});

describe('undo from inside a number box (chromium)', () => {
  it('Ctrl+Z right after a committed value undoes the scenario, so the box, the slider and the chart agree', async () => {
    const p = await openIn('en-US');
    const { page } = p;
    const dose = page.getByRole('textbox', { name: /^Dose/ }).first();
    const slider = page.getByRole('slider', { name: /^Dose/ }).first();
    await typeInto(dose, '500');
    await expect.poll(() => slider.inputValue()).toBe('500');
    await dose.press('Control+z');
    // The app's undo ran (not the box's own text undo): the slider holds the scenario's dose again.
    await expect.poll(() => slider.inputValue()).toBe('90');
    expect(await dose.inputValue()).toBe('90');
    await dose.press('Control+Shift+z');
    await expect.poll(() => slider.inputValue()).toBe('500');
    expect(await dose.inputValue()).toBe('500');
    expect(p.errors).toEqual([]);
    await p.context.close();
  });
});

describe('the Doses panel at phone width (chromium)', () => {
  it('390 × 844: the dose boxes and a refusal fit the screen', async () => {
    const p = await openIn('de-DE', { width: 390, height: 844 });
    const { page } = p;
    const doses = page.getByRole('region', { name: 'Doses' });
    await doses.getByLabel('Pattern').first().selectOption('once');
    const amount = doses.getByRole('textbox', { name: 'Amount' }).first();
    await typeInto(amount, '2,5e7');
    const alert = doses.getByRole('alert');
    expect(await alert.textContent()).toContain('Amount must be at most 1.000.000 µg, got 2,5e7.'); // en-DE: German grouping
    // The message sits under its box, inside the dose table's own scroll box, and wraps to stay readable.
    await alert.scrollIntoViewIfNeeded();
    const box = (await amount.boundingBox())!;
    const message = (await alert.boundingBox())!;
    expect(message.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
    expect(message.x).toBeGreaterThanOrEqual(0);
    expect(message.x + message.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: '/tmp/numinput-doses-phone.png' });
    // The Doses panel itself fits the phone's width (its dose table scrolls sideways inside it).
    const region = (await doses.boundingBox())!;
    expect(region.x + region.width).toBeLessThanOrEqual(390);
    console.log(
      `[number-input phone] Doses panel ${region.width.toFixed(0)} px wide at 390 px; message ${message.width.toFixed(0)} × ${message.height.toFixed(0)} px under its box; page scrollWidth ${await page.evaluate(() => document.documentElement.scrollWidth)} px`,
    );
    await expectAlive(p, 'phone');
    await p.context.close();
  });
});

describe('10,000 measured levels (chromium)', { retry: 1 }, () => {
  it('importing them keeps the page responsive: 50 rows a page, paged by keyboard', async () => {
    const p = await openIn('en-US');
    const { page } = p;
    // A calendar first (the levels are placed by its start): one added level, then removed by the import's count.
    await measured(page).getByRole('button', { name: 'Add measured level' }).click();
    const start = await page.getByRole('region', { name: 'Doses' }).getByLabel('Start date').inputValue();
    const startMs = Date.parse(`${start}T08:00:00Z`);
    const rows = Array.from({ length: 9_999 }, (_, k) => {
      const at = new Date(startMs + k * 4 * 60_000).toISOString(); // every 4 minutes: 27.8 days
      return `${at.slice(0, 10)} ${at.slice(11, 16)},${(0.5 + (k % 7) / 10).toFixed(2)}`;
    });
    let mark = (await longestBlock(page)).next;
    const started = Date.now();
    await measured(page)
      .getByLabel('Import CSV of measured levels')
      .setInputFiles({
        name: 'many.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(rows.join('\n'), 'utf8'),
      });
    await expect
      .poll(() => measured(page).getByRole('status').allTextContents())
      .toContainEqual(expect.stringMatching(/Imported 9,999 levels/));
    // Let the import's own work settle (the chart's points, the session save 400 ms later) before paging.
    await page.waitForTimeout(3000);
    const importBlock = await longestBlock(page, mark);
    mark = importBlock.next;
    // CSS selectors from here on: Playwright's role queries walk the whole page on its main thread (340 ms
    // over 10,000 chart points), which the long-task observer would count against the app.
    const panel = page.locator('section[aria-label="My measured levels"]');
    const boxes = panel.locator('input[aria-label="Measured value"]');
    expect(await boxes.count()).toBe(50);
    const pages = panel.locator('nav[aria-label="Pages of measured levels"]');
    expect(await pages.textContent()).toContain('Levels 1–50 of 10,000');
    // Keyboard: focus "Next 50", Enter; then "Last", Enter.
    await pages.locator('button', { hasText: 'Next 50' }).focus();
    await page.keyboard.press('Enter');
    expect(await pages.textContent()).toContain('Levels 51–100 of 10,000');
    await pages.locator('button', { hasText: 'Last' }).focus();
    await page.keyboard.press('Enter');
    expect(await pages.textContent()).toContain('Levels 9,951–10,000 of 10,000');
    await page.waitForTimeout(300);
    const pageBlock = await longestBlock(page, mark);
    mark = pageBlock.next;
    const box = boxes.last();
    await typeInto(box, '1,2');
    expect(await box.inputValue()).toBe('1.2');
    await page.waitForTimeout(1000);
    const editBlock = await longestBlock(page, mark);
    console.log(
      `[number-input] 10,000 measured levels: import to listed ${Date.now() - started} ms, longest block ${importBlock.ms.toFixed(0)} ms; paging: ${pageBlock.ms.toFixed(0)} ms; one value typed: ${editBlock.ms.toFixed(0)} ms`,
    );
    await expectAlive(p, '10,000 levels');
    // The list itself: paging re-renders 50 rows, never 10,000.
    expect(pageBlock.ms).toBeLessThan(MAX_BLOCK_MS);
    await p.context.close();
  }, 120_000);
});
