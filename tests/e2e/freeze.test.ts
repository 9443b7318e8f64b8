/**
 * Valid files within the caps never freeze the page (issue 20, item 1). Each freeze fixture
 * (tests/fixtures/freezeFixtures.ts: a year of hourly doses with one missed, 20,000 doses with missed and extra,
 * the at-cap-doses file, 38,000 added calendar doses, copies on 10,000 doses, 10,000 measured levels, nine
 * regimens of three slots, 24 regimens at the point cap, Lord Howe's 30-minute DST, ...) is opened in
 * Chromium, then the page is reloaded with it as the session. A PerformanceObserver for 'longtask', installed
 * before the app's scripts, records every main-thread block; the longest is printed per file and must stay
 * under 250 ms (the goal is 100 ms; on this shared 2-core machine scheduling alone adds tens of ms), or under the
 * app's own start with the default scenario plus 100 ms when the machine is so loaded that the start alone
 * blocks longer (measured in the same page, printed beside each file). Every file must open (its chart drawn for its duration) or be refused with words, never show the error screen or crash.
 * The reload's figure leaves out the blocks before the app's first chart: loading the bundle and the first
 * render of any scenario, which the same reload with the default scenario shows too (printed for comparison).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FREEZE_FIXTURES, freezeFixtureText } from '../fixtures/freezeFixtures';
import { newAppPage, reloadSession, startBrowserHarness, type BrowserHarness } from './support/browser';
import { mk7PlasmaPath } from './support/session';

const MAX_BLOCK_MS = 250;
const GOAL_BLOCK_MS = 100;
const SESSION_KEY = 'k2-kinetics:session';

declare global {
  interface Window {
    __blocks?: { startMs: number; durationMs: number }[];
  }
}

/** Runs before the app's scripts on every load: every long task with its start, from the first one. */
function installLongTasks() {
  window.__blocks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__blocks!.push({ startMs: e.startTime, durationMs: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The longest block since `sinceMs` (page time), in ms; 0 when none (a long task is 50 ms or more). */
const longestSince = (page: Page, sinceMs = 0) =>
  page.evaluate(
    (since) =>
      Math.max(
        0,
        ...(window.__blocks ?? []).filter((b) => b.startMs + b.durationMs >= since).map((b) => b.durationMs),
      ),
    sinceMs,
  );
const pageNow = (page: Page) => page.evaluate(() => performance.now());

const horizonWords = (days: number) => `${days.toLocaleString('en')} days`;

interface Outcome {
  kind: 'opened' | 'refused';
  words: string;
  ms: number;
}

/**
 * The plasma chart of a file (its duration in the chart's text alternative), found by CSS: Playwright's role
 * queries compute every element's role in the page's main thread (0.1-2 s per poll over a large DOM), which the
 * long-task observer would charge to the app.
 */
const plasmaChart = (page: Page, days: number) =>
  page.locator(`[role=img][aria-label^="Plasma concentration"][aria-label*="${horizonWords(days)}"]`);

/** Waits for the file's chart (its duration in the plasma chart's name) or a refusal in words. */
async function outcome(page: Page, days: number, startMs: number): Promise<Outcome> {
  const chart = plasmaChart(page, days);
  const alert = page.locator('[role=alert]').filter({ hasText: /\w/ });
  const which = await Promise.race([
    chart
      .first()
      .waitFor({ timeout: 120_000 })
      .then(() => 'opened' as const),
    alert
      .first()
      .waitFor({ timeout: 120_000 })
      .then(() => 'refused' as const),
  ]);
  const words =
    which === 'refused'
      ? ((await alert.first().textContent()) ?? '')
      : ((await chart.first().getAttribute('aria-label')) ?? '');
  return { kind: which, words, ms: Date.now() - startMs };
}

async function expectNoErrorScreen(page: Page, crashed: boolean[]) {
  expect(crashed, 'Target crashed').toEqual([]);
  expect(await page.getByText(/Something went wrong/).count()).toBe(0);
}

// A failed timing is measured once more (each attempt prints its figures); a real freeze fails every time.
describe('freeze fixtures open without freezing the page (chromium)', { retry: 1 }, () => {
  let harness: BrowserHarness;
  let context: BrowserContext | undefined;
  const table: string[] = [];

  const files = mkdtempSync(join(tmpdir(), 'k2-freeze-'));

  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    rmSync(files, { recursive: true, force: true });
    await context?.close();
    await harness?.close();
    console.log(
      `[freeze] longest main-thread block per file (goal < ${GOAL_BLOCK_MS} ms, fails above ${MAX_BLOCK_MS} ms)\n${table.join('\n')}`,
    );
  });

  async function openApp(): Promise<{ page: Page; crashed: boolean[]; baselineMs: number }> {
    const app = await newAppPage(harness.browser, harness.server.url, { width: 1400, height: 900 });
    context = app.context;
    await context.addInitScript(installLongTasks);
    const page = app.page;
    const crashed: boolean[] = [];
    page.on('crash', () => crashed.push(true));
    // Reload so the observer runs from the start; this reload of the default scenario is the baseline.
    await page.reload();
    await mk7PlasmaPath(page).waitFor();
    await page.waitForTimeout(800);
    const baselineMs = await longestSince(page);
    return { page, crashed, baselineMs };
  }

  it.each(Object.keys(FREEZE_FIXTURES))(
    '%s: opens or is refused in words, and again as the session after a reload',
    async (name) => {
      const file = FREEZE_FIXTURES[name]!();
      const days = file['horizonDays'] as number;
      const text = freezeFixtureText(file);
      const { page, crashed, baselineMs } = await openApp();

      const openAt = await pageNow(page);
      const start = Date.now();
      // A path, not a buffer: Playwright would decode a buffer from base64 in the page (its own block).
      const path = join(files, `${name}.k2.json`);
      await writeFile(path, text, 'utf8');
      await page.getByTestId('scenario-file-input').setInputFiles(path);
      const opened = await outcome(page, days, start);
      // Whatever follows the chart (answers, dose list, autosave) has time to run.
      await page.waitForTimeout(2500);
      const openBlockMs = await longestSince(page, openAt);
      await expectNoErrorScreen(page, crashed);

      let reloadText = 'not reloaded (refused)';
      let reloadBlockMs = 0;
      if (opened.kind === 'opened') {
        await expect
          .poll(() => page.evaluate((key) => localStorage.getItem(key)?.length ?? 0, SESSION_KEY), {
            timeout: 20_000,
          })
          .toBeGreaterThan(200);
        const saved = await page.evaluate((key) => localStorage.getItem(key) ?? '', SESSION_KEY);
        expect(saved).toContain(file['name'] as string);
        const reloadStart = Date.now();
        const first = await reloadSession(page, plasmaChart(page, days));
        const restored = await outcome(page, days, reloadStart);
        await page.waitForTimeout(2500);
        // The whole reload: the session is read and drawn during the app's own start.
        reloadBlockMs = await longestSince(page);
        await expectNoErrorScreen(page, crashed);
        expect(restored.kind).toBe('opened');
        reloadText = `session ${first === 'asked' ? 'asked, loaded' : 'restored'} after ${restored.ms} ms, longest ${reloadBlockMs.toFixed(0)} ms`;
      }
      table.push(
        `  ${name.padEnd(28)} ${opened.kind} after ${opened.ms} ms, longest ${openBlockMs.toFixed(0)} ms; ${reloadText}; default-scenario start ${baselineMs.toFixed(0)} ms${opened.kind === 'refused' ? `; words: ${opened.words.slice(0, 160)}` : ''}`,
      );
      console.log(`[freeze] ${table[table.length - 1]!.trim()}`);
      if (opened.kind === 'refused') expect(opened.words.length).toBeGreaterThan(20);
      // The bound, or the app's own start with the default scenario plus the goal when this shared machine is
      // so loaded that the start alone blocks longer (both printed above).
      expect(openBlockMs).toBeLessThan(Math.max(MAX_BLOCK_MS, baselineMs + GOAL_BLOCK_MS));
      // The app's own start with the default scenario blocks baselineMs here; a session adds at most the goal.
      expect(reloadBlockMs).toBeLessThan(Math.max(MAX_BLOCK_MS, baselineMs + GOAL_BLOCK_MS));
      await context?.close();
      context = undefined;
    },
    300_000,
  );

  it('a measured-levels CSV over the 10,000 cap is refused in words before its rows are read, and nothing is imported', async () => {
    const { page, crashed } = await openApp();
    const measured = page.getByRole('region', { name: 'My measured levels' });
    // One level by hand (it sets a calendar, which places levels): the import may add 9,999 more.
    await measured.getByRole('button', { name: 'Add measured level' }).click();
    const start = await page.getByRole('region', { name: 'Doses' }).getByLabel('Start date').inputValue();
    const csv = (n: number) =>
      Array.from(
        { length: n },
        (_, k) => `${start} ${String(8 + (k % 12)).padStart(2, '0')}:00;1,${k % 10}`,
      ).join('\n');
    for (const n of [10_000, 100_000]) {
      const at = await pageNow(page);
      const started = Date.now();
      // From a file on disk: a buffer would be decoded from base64 by Playwright's script in the page (a 0.2-0.4 s
      // block of the harness's own, measured with a bare file input), a path is handed to Chromium as a user's pick.
      const path = join(files, `${n}.csv`);
      await writeFile(path, csv(n), 'utf8');
      await measured.getByLabel('Import CSV of measured levels').setInputFiles(path);
      const words = `would hold ${(n + 1).toLocaleString('en')} measured levels; the limit is 10,000 measured levels`;
      await expect
        .poll(() => measured.getByRole('status').allTextContents())
        .toContainEqual(expect.stringContaining(words));
      const refusedMs = Date.now() - started;
      await page.waitForTimeout(500);
      const blockMs = await longestSince(page, at);
      const line = `  CSV of ${n.toLocaleString('en')} rows on top of 1 level: refused after ${refusedMs} ms, longest ${blockMs.toFixed(0)} ms`;
      table.push(line);
      console.log(`[freeze] ${line.trim()}`);
      expect(blockMs).toBeLessThan(MAX_BLOCK_MS);
    }
    // Nothing was imported: the session still holds the one level.
    await page.waitForTimeout(800);
    const session = await page.evaluate((key) => localStorage.getItem(key) ?? '', SESSION_KEY);
    expect((JSON.parse(session) as { measured?: unknown[] }).measured).toHaveLength(1);
    await expectNoErrorScreen(page, crashed);
    await context?.close();
    context = undefined;
  }, 120_000);
});
