/**
 * Heavy but valid scenarios never freeze the page (issue 10, item 4). A heartbeat timer (every 10 ms),
 * installed before the app's own scripts, records the longest gap between its ticks while the 10-year,
 * hourly-dose fixture opens and again while a reload restores it from the session. A gap is time the page
 * could not answer the user. Figures are printed for the report; the goal is asserted.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppSession } from './support/session';

const HEAVY = resolve(fileURLToPath(new URL('../fixtures/heavy.k2.json', import.meta.url)));
/** The goal from the issue: our code never blocks the page longer than this. */
const MAX_BLOCK_MS = 100;
/** A heavy file shows its chart (or is refused) within this time. */
const MAX_OUTCOME_MS = 3000;

declare global {
  interface Window {
    __heartbeat?: { last: number; maxGapMs: number; reset: () => void };
  }
}

/** Installed with addInitScript, so it runs on every load before the app's scripts. */
function installHeartbeat() {
  const beat = {
    last: performance.now(),
    maxGapMs: 0,
    reset() {
      beat.last = performance.now();
      beat.maxGapMs = 0;
    },
  };
  window.__heartbeat = beat;
  setInterval(() => {
    const now = performance.now();
    beat.maxGapMs = Math.max(beat.maxGapMs, now - beat.last);
    beat.last = now;
  }, 10);
}

const maxGap = (page: Page) => page.evaluate(() => window.__heartbeat?.maxGapMs ?? NaN);

/** The heavy chart is drawn (its 3,660-day horizon in the chart's label), or a message refuses the file. */
async function heavyOutcome(page: Page): Promise<'chart' | 'refused' | 'asked'> {
  const chart = page
    .getByRole('img', { name: /^Plasma concentration.*3,?660 days/ })
    .waitFor({ timeout: 120_000 })
    .then(() => 'chart' as const);
  const refused = page
    .getByRole('alert')
    .waitFor({ timeout: 120_000 })
    .then(() => 'refused' as const);
  const asked = page
    .getByRole('alertdialog', { name: /last session is large/ })
    .waitFor({ timeout: 120_000 })
    .then(() => 'asked' as const);
  return Promise.race([chart, refused, asked]);
}

describe('heavy scenarios never freeze the page (chromium)', () => {
  const session = useAppSession();

  it('opens the heavy file and restores it after a reload without blocking the page', async () => {
    const page = await session.open();
    await session.app.context.addInitScript(installHeartbeat);
    await page.evaluate(installHeartbeat);
    await page.waitForTimeout(200);
    await page.evaluate(() => window.__heartbeat?.reset());

    const openStart = Date.now();
    await page.getByTestId('scenario-file-input').setInputFiles(HEAVY);
    const opened = await heavyOutcome(page);
    const openMs = Date.now() - openStart;
    // Let any work still queued behind the outcome run, then read the gap.
    await page.waitForTimeout(500);
    const openGapMs = await maxGap(page);
    console.log(
      `[heavy] open: ${opened} after ${openMs} ms; longest heartbeat gap ${openGapMs.toFixed(0)} ms`,
    );

    // The session is saved 400 ms after the change; then reload, as a user restarting the app would.
    await page.waitForTimeout(1000);
    const reloadStart = Date.now();
    await page.reload({ waitUntil: 'domcontentloaded', timeout: 120_000 });
    const restored = await heavyOutcome(page);
    const reloadMs = Date.now() - reloadStart;
    await page.waitForTimeout(500);
    const reloadGapMs = await maxGap(page);
    console.log(
      `[heavy] reload: ${restored} after ${reloadMs} ms; longest heartbeat gap ${reloadGapMs.toFixed(0)} ms`,
    );

    expect(openMs).toBeLessThan(MAX_OUTCOME_MS);
    expect(openGapMs).toBeLessThan(MAX_BLOCK_MS);
    expect(reloadGapMs).toBeLessThan(MAX_BLOCK_MS);
    await session.app.context.close();
  }, 300_000);
});
