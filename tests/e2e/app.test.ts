/**
 * The app in a real browser: controls change the simulation, the charts and the numbers follow.
 * Runs on Chromium against dist-web, and on Electron when a binary exists (skipped with the reason otherwise).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { defaultScenario, serializeScenario } from '../../sim';
import { chromiumTarget, electronTarget, type AppSession, type AppTarget } from './support/appTargets';

const targets: AppTarget[] = [chromiumTarget(), electronTarget()];

const plasmaChart = (page: Page) => page.getByRole('img', { name: /^Plasma concentration/ });
const plasmaLabel = async (page: Page) => (await plasmaChart(page).getAttribute('aria-label')) ?? '';
const curvePath = (page: Page, key: string) =>
  page.locator(`[data-testid=plasma-chart] .curve-${key} path.recharts-curve`);

/** A number from the metrics table, e.g. metric(page, 'mk7', 'trough'). */
async function metric(page: Page, curve: string, name: string): Promise<number> {
  // The number only: a cell may also hold a note ("AUC window incomplete") under it.
  const cell = page.locator(`tr[data-curve="${curve}"] td[data-metric="${name}"]`);
  const value = cell.locator('[data-value]');
  const text = await ((await value.count()) > 0 ? value : cell).textContent();
  return Number((text ?? '').replace(/,/g, ''));
}

/** Waits until the metrics worker has answered for the current scenario. */
async function metricsSettled(page: Page): Promise<void> {
  await page.locator('section[aria-label="Metrics"][aria-busy="false"]').waitFor();
}

async function setNumber(page: Page, name: RegExp, value: string): Promise<void> {
  await page.getByRole('textbox', { name }).fill(value);
  await page.getByRole('textbox', { name }).press('Enter'); // number boxes apply on Enter or blur
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

for (const target of targets) {
  if (target.skipReason) console.log(`[e2e] ${target.name} run skipped: ${target.skipReason}`);

  describe.skipIf(target.skipReason !== null)(`K2 Kinetics app (${target.name})`, () => {
    let app: AppSession;

    beforeAll(() => target.setup());
    afterAll(() => target.teardown());

    async function open(viewport?: { width: number; height: number }): Promise<Page> {
      app = await target.open(viewport);
      await curvePath(app.page, 'mk7').waitFor();
      // The chart's text alternative is written after the first paint (the title until then).
      const page = app.page;
      await expect.poll(() => plasmaLabel(page)).toMatch(/ over /);
      return page;
    }

    async function close(): Promise<void> {
      await app.close();
    }

    it('loads without console errors, with header, labelled charts and readable ticks', async () => {
      const page = await open();
      await expect(page.getByRole('heading', { level: 1 })).toBeDefined();
      expect(await page.locator('h1').textContent()).toBe('K2 Kinetics');
      expect(await plasmaLabel(page)).toMatch(/^Plasma concentration \(ng\/mL\) over 30 days/);
      // The tissue chart is drawn after the first chart (c3b3c5e), so it may follow a moment later.
      await expect.poll(() => page.getByRole('img', { name: /^Tissue exposure/ }).count()).toBe(1);
      expect(await page.locator('[data-testid=plasma-chart] text', { hasText: 'Time (days)' }).count()).toBe(
        1,
      );
      expect(
        await page
          .locator('[data-testid=plasma-chart] text', { hasText: 'Plasma concentration (ng/mL)' })
          .count(),
      ).toBe(1);
      const tickSizes = await page.$$eval('.plot-tick', (nodes) =>
        nodes.map((n) => parseFloat(getComputedStyle(n).fontSize)),
      );
      expect(tickSizes.length).toBeGreaterThan(10);
      expect(Math.min(...tickSizes)).toBeGreaterThanOrEqual(13);
      await metricsSettled(page);
      expect(app.errors).toEqual([]);
      await close();
    });

    it('moving the Dose slider with the keyboard redraws the curve and updates the number box', async () => {
      const page = await open();
      // The y axis rescales with the data, and the model is linear in dose: compare plotted values, not pixels.
      const peakMk7 = async () => Number(/MK-7: peak ([\d.]+)/.exec(await plasmaLabel(page))?.[1]);
      const before = await peakMk7();
      const pathBefore = await curvePath(page, 'mk7').getAttribute('d');
      const slider = page.getByRole('slider', { name: /^Dose\b/ });
      await slider.focus();
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      expect(await page.getByRole('textbox', { name: /^Dose\b/ }).inputValue()).toBe('110');
      expect((await peakMk7()) / before).toBeCloseTo(110 / 90, 2);
      // The y axis only rescales in steps, so a small dose change moves the drawn curve itself.
      expect(await curvePath(page, 'mk7').getAttribute('d')).not.toBe(pathBefore);
      expect(app.errors).toEqual([]);
      await close();
    });

    it('a typed value out of bounds or not a number shows a message and leaves the scenario alone', async () => {
      const page = await open();
      const before = await curvePath(page, 'mk7').getAttribute('d');
      await setNumber(page, /^Dose\b/, '1000001');
      expect(await page.getByRole('alert').textContent()).toMatch(
        /Dose must be at most 1,000,000 µg, got 1000001/,
      );
      await setNumber(page, /^Dose\b/, 'abc');
      expect(await page.getByRole('alert').textContent()).toMatch(/Dose: "abc" is not a number/);
      expect(await page.getByRole('slider', { name: /^Dose\b/ }).inputValue()).toBe('90');
      expect(await curvePath(page, 'mk7').getAttribute('d')).toBe(before);
      await setNumber(page, /^Dosing interval/, '0');
      expect(await page.getByRole('alert').filter({ hasText: 'Dosing interval' }).textContent()).toMatch(
        /Dosing interval must be more than 0 h, got 0/,
      );
      await setNumber(page, /^Dose\b/, '180');
      expect(await page.getByRole('slider', { name: /^Dose\b/ }).inputValue()).toBe('180');
      expect(await curvePath(page, 'mk7').getAttribute('d')).not.toBe(before);
      await close();
    });

    it('toggling MK-4 removes and restores its curve', async () => {
      const page = await open();
      const toggle = page.getByRole('checkbox', { name: 'MK-4', exact: true });
      expect(await curvePath(page, 'mk4').count()).toBe(1);
      await toggle.click();
      expect(await curvePath(page, 'mk4').count()).toBe(0);
      expect(await plasmaLabel(page)).not.toMatch(/MK-4/);
      expect(await curvePath(page, 'mk7').count()).toBe(1);
      await toggle.click();
      expect(await curvePath(page, 'mk4').count()).toBe(1);
      expect(await plasmaLabel(page)).toMatch(/MK-4: peak/);
      await close();
    });

    it('the fat switch adds a no-fat curve per compound, lower than with fat', async () => {
      const page = await open();
      expect(await page.locator('[data-testid=plasma-chart] .recharts-line').count()).toBe(3);
      await page.getByRole('switch', { name: /Compare with and without fat/ }).click();
      expect(await page.locator('[data-testid=plasma-chart] .recharts-line').count()).toBe(6);
      expect(await curvePath(page, 'mk7-nofat').getAttribute('stroke-dasharray')).toBeTruthy();
      expect(await plasmaLabel(page)).toMatch(/MK-7 \(no fat\): peak/);
      await metricsSettled(page);
      expect(await metric(page, 'mk7-nofat', 'cmax')).toBeLessThan(await metric(page, 'mk7', 'cmax'));
      await close();
    });

    it('the metrics follow the dose', async () => {
      const page = await open();
      await metricsSettled(page);
      const cmax90 = await metric(page, 'mk7', 'cmax');
      const auc90 = await metric(page, 'mk7', 'auc');
      expect(cmax90).toBeGreaterThan(0);
      await setNumber(page, /^Dose\b/, '180');
      // Linear model: twice the dose, twice the peak and exposure (to the table's 3 significant digits).
      await expect.poll(() => metric(page, 'mk7', 'cmax')).toBeCloseTo(2 * cmax90, 1);
      await metricsSettled(page);
      expect((await metric(page, 'mk7', 'auc')) / auc90).toBeCloseTo(2, 2);
      expect(await page.getByTestId('plain-language').textContent()).toMatch(
        /MK-7 takes [\d.]+ days to reach 90% of its steady state/,
      );
      await close();
    });

    it('a missed dose, chosen with the arrow keys, lowers the following trough and can be restored by click', async () => {
      const page = await open();
      await metricsSettled(page);
      const trough = await metric(page, 'mk7', 'trough');
      // The markers are one tab stop: a single button over the active dose, whatever the number of doses.
      expect(await page.locator('.dose-button').count()).toBe(1);
      const control = page.locator('.dose-button');
      await control.focus();
      // Rows: MK-4, MK-7, K1. Down to MK-7, End to its last dose (30), Left to dose 29 at day 28.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      expect(await control.getAttribute('aria-label')).toBe('Dose 29 of MK-7 at day 28 (taken)');
      await page.keyboard.press('Enter');
      // Doses at days 0..29; the last full interval starts at day 29, so missing day 28 lowers its trough.
      await expect.poll(() => metric(page, 'mk7', 'trough')).toBeLessThan(trough);
      expect(await control.getAttribute('aria-label')).toBe('Dose 29 of MK-7 at day 28 (missed)');
      expect(await control.getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('.dose-marker.missed').count()).toBeGreaterThanOrEqual(1);
      // A click on the marker restores it.
      const box = (await page.locator('.dose-row[data-regimen="1"] .dose-marker.missed').boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => metric(page, 'mk7', 'trough')).toBeCloseTo(trough, 6);
      expect(await page.locator('.dose-row[data-regimen="1"] .dose-marker.missed').count()).toBe(0);
      await close();
    });

    it.skipIf(target.name !== 'chromium')(
      'draws both of two MK-7 regimens; a dose missed in regimen 2 leaves regimen 1 unchanged',
      async () => {
        const page = await open();
        const s = defaultScenario();
        const mk7 = s.regimens.find((r) => r.compound === 'mk7')!;
        s.name = 'Two MK-7 regimens';
        s.regimens = [{ ...mk7 }, { ...mk7, doseUg: 180 }];
        s.display.visible = ['mk7'];
        const path = join(tmpdir(), `k2-two-mk7-${process.pid}.k2.json`);
        writeFileSync(path, serializeScenario(s));
        await page.getByTestId('scenario-file-input').setInputFiles(path);
        await page.getByRole('status').filter({ hasText: 'Opened' }).waitFor();
        await curvePath(page, 'mk7-2').waitFor();
        const first = await curvePath(page, 'mk7').getAttribute('d');
        const second = await curvePath(page, 'mk7-2').getAttribute('d');
        expect(first).toBeTruthy();
        expect(second).toBeTruthy();
        expect(second).not.toBe(first);
        // Two legend entries, told apart by their labels.
        expect(await page.locator('[data-testid=plasma-chart] .plot-legend-text').allTextContents()).toEqual([
          'MK-7 (regimen 1)',
          'MK-7 (regimen 2)',
        ]);
        const control = page.locator('.dose-button');
        await control.focus();
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('End');
        await page.keyboard.press('ArrowLeft');
        expect(await control.getAttribute('aria-label')).toBe(
          'Dose 29 of MK-7 (regimen 2) at day 28 (taken)',
        );
        await page.keyboard.press('Enter');
        await expect.poll(() => curvePath(page, 'mk7-2').getAttribute('d')).not.toBe(second);
        expect(await curvePath(page, 'mk7').getAttribute('d')).toBe(first);
        expect(await page.locator('.dose-row[data-regimen="1"] .dose-marker.missed').count()).toBe(1);
        expect(await page.locator('.dose-row[data-regimen="0"] .dose-marker.missed').count()).toBe(0);
        expect(app.errors).toEqual([]);
        await close();
      },
    );

    it.skipIf(target.name !== 'chromium')(
      'a dose every hour for a year draws a band and the missed doses, not one marker per dose',
      async () => {
        const page = await open();
        const s = defaultScenario();
        s.name = 'Hourly for a year';
        s.horizonDays = 365;
        s.display.visible = ['mk7'];
        s.display.showTissue = false;
        s.regimens = [
          { ...s.regimens.find((r) => r.compound === 'mk7')!, intervalH: 1, missedDoses: [100, 5000] },
        ];
        const path = join(tmpdir(), `k2-hourly-${process.pid}.k2.json`);
        writeFileSync(path, serializeScenario(s));
        await page.getByTestId('scenario-file-input').setInputFiles(path);
        await page.getByRole('status').filter({ hasText: 'Opened' }).waitFor();
        await page.locator('.dose-band').waitFor();
        // 8,760 doses: one band, the two missed doses, one focusable control.
        expect(await page.locator('.dose-marker').count()).toBe(2);
        expect(await page.locator('.dose-button').count()).toBe(1);
        const nodes = await page.locator('[data-testid=plasma-chart] *').count();
        expect(nodes).toBeLessThan(500);
        await close();
      },
    );

    it('the scenario name is editable and names the saved file', async () => {
      const page = await open();
      const box = page.getByRole('textbox', { name: /^Scenario name/ });
      await box.fill('Week of MK-7');
      await box.press('Enter');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Save scenario', exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^week-of-mk-7/);
      await close();
    });

    it('the log axis clips zeros to a stated floor; nmol/L relabels the axis', async () => {
      const page = await open();
      await page.getByRole('radio', { name: 'Log' }).check();
      expect(await plasmaLabel(page)).toMatch(/log axis.*Values below [\d.e-]+ are drawn at that floor/);
      expect(await page.getByText(/Log axis: values below/).count()).toBe(1);
      await page.getByRole('radio', { name: 'nmol/L' }).check();
      expect(
        await page
          .locator('[data-testid=plasma-chart] text', { hasText: 'Plasma concentration (nmol/L)' })
          .count(),
      ).toBe(1);
      expect(app.errors).toEqual([]);
      await close();
    });

    it('remembers the last scenario after a reload', async () => {
      const page = await open();
      await setNumber(page, /^Dose\b/, '240');
      await setNumber(page, /^Duration/, '45');
      await page.waitForTimeout(900); // the session is saved 400 ms after the last change
      await page.reload();
      await curvePath(page, 'mk7').waitFor();
      expect(await page.getByRole('textbox', { name: /^Dose\b/ }).inputValue()).toBe('240');
      expect(await plasmaLabel(page)).toMatch(/over 45 days/);
      await close();
    });

    it.skipIf(target.name !== 'chromium')(
      'a corrupt saved session falls back to the default scenario',
      async () => {
        const page = await open();
        await page.evaluate(() =>
          localStorage.setItem('k2-kinetics:session', '{"format":"k2-kinetics-scenario"'),
        );
        await page.reload();
        await curvePath(page, 'mk7').waitFor();
        expect(await page.getByRole('textbox', { name: /^Dose\b/ }).inputValue()).toBe('90');
        expect(app.errors).toEqual([]);
        await close();
      },
    );

    it('measures the work per Dose slider step (printed, not asserted)', async () => {
      const page = await open();
      const results: string[] = [];
      for (const compareFat of [false, true]) {
        if (compareFat) await page.getByRole('switch', { name: /Compare with and without fat/ }).click();
        await setNumber(page, /^Duration/, '90');
        await setNumber(page, /^Dose\b/, '90');
        const curves = await page.locator('[data-testid=plasma-chart] .recharts-line').count();
        const labelBefore = await plasmaLabel(page);
        const samples = await page.evaluate(async (steps: number) => {
          const el = document.querySelector<HTMLInputElement>('input[type=range][aria-label^="Dose"]')!;
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
          // After the next frame has been produced: a rAF callback, then a task queued from it.
          const nextFrame = () =>
            new Promise<void>((done) =>
              requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => done();
                channel.port2.postMessage(0);
              }),
            );
          const work: number[] = [];
          const frame: number[] = [];
          await nextFrame();
          for (let i = 0; i < steps; i++) {
            const doseUg = 100 + (i % 40) * 5;
            const t0 = performance.now();
            setValue.call(el, String(doseUg));
            el.dispatchEvent(new Event('input', { bubbles: true }));
            await Promise.resolve(); // React flushes discrete updates in a microtask
            void document.body.offsetHeight; // style and layout of the new SVG
            work.push(performance.now() - t0);
            await nextFrame();
            frame.push(performance.now() - t0);
          }
          return { work, frame };
        }, 120);
        expect(await plasmaLabel(page)).not.toBe(labelBefore);
        const work = [...samples.work].sort((a, b) => a - b);
        const frame = [...samples.frame].sort((a, b) => a - b);
        expect(work.length).toBe(120);
        const line =
          `[perf] ${target.name}, 90-day horizon, ${curves} plasma curves + tissue chart, 120 Dose steps: ` +
          `render+layout median ${percentile(work, 50).toFixed(1)} ms, p95 ${percentile(work, 95).toFixed(1)} ms; ` +
          `to next frame median ${percentile(frame, 50).toFixed(1)} ms, p95 ${percentile(frame, 95).toFixed(1)} ms`;
        results.push(line);
      }
      for (const line of results) console.log(line);
      expect(app.errors).toEqual([]);
      await close();
    });
  });
}
