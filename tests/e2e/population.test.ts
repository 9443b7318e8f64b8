/**
 * Variation between people, sensitivity and the anticoagulant caution in a real Chromium: the switch runs the
 * population in a module Web Worker and reports the worker's own time (1,000 people × 90 days hourly is
 * measured and printed, not asserted); the tornado draws a labelled panel per metric; the caution shows for
 * MK-7 and K1 on screen and goes when they are hidden.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../sim';
import { DIST_WEB } from './support/browser';
import { captureDownload, pngHeader } from './support/files';
import { useAppSession } from './support/session';

const status = (page: Page) => page.getByTestId('population-status');

async function setNumber(page: Page, name: RegExp, value: string): Promise<void> {
  await page.getByRole('textbox', { name }).fill(value);
  await page.getByRole('textbox', { name }).press('Enter'); // number boxes apply on Enter or blur
}

/** Waits for a population result newer than `previous` (the worker's elapsed ms of the last one) and returns it. */
async function nextElapsedMs(page: Page, previous: string | null): Promise<number> {
  const handle = await page.waitForFunction(
    (prev) => {
      const el = document.querySelector<HTMLElement>('[data-testid=population-status]');
      const ms = el?.dataset['elapsedMs'];
      return ms !== undefined && ms !== prev ? ms : null;
    },
    previous,
    { timeout: 30_000 },
  );
  return Number(await handle.jsonValue());
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('variation between people, sensitivity, caution (chromium)', () => {
  const session = useAppSession();

  it('times 1,000 people × 90 days hourly inside the worker (printed)', async () => {
    const page = await session.open();
    await page.getByRole('checkbox', { name: 'MK-4', exact: true }).uncheck();
    await page.getByRole('checkbox', { name: 'K1', exact: true }).uncheck();
    await setNumber(page, /^Duration/, '90');
    await page.getByRole('switch', { name: 'Show variation between people' }).check();
    const times: number[] = [];
    let last: string | null = null;
    times.push(await nextElapsedMs(page, last));
    // Each new dose is a new scenario: the worker recomputes (warm JIT after the first run).
    for (const dose of ['100', '110', '120', '130', '140', '150', '160', '170']) {
      last = String(times[times.length - 1]);
      await setNumber(page, /^Dose\b/, dose);
      times.push(await nextElapsedMs(page, last));
    }
    expect(await status(page).textContent()).toMatch(/^1,000 people simulated in \d+ ms\.$/);
    console.log(
      `[population] 1,000 subjects × 90 days hourly (2,161 points), MK-7, in the worker: first ${times[0]!.toFixed(1)} ms, median of the next ${times.length - 1} ${median(times.slice(1)).toFixed(1)} ms, min ${Math.min(...times.slice(1)).toFixed(1)} ms, max ${Math.max(...times.slice(1)).toFixed(1)} ms (target < 100 ms)`,
    );
    expect(session.app.errors).toEqual([]);
    await session.app.context.close();
  });

  it('times the population worker alone, on an idle page (printed): the figure the < 100 ms target is about', async () => {
    // The in-app figure above shares 2 cores with the page re-rendering the new scenario; this one sends the
    // same request straight to the app's own worker bundle while nothing else runs.
    const page = await session.open();
    const asset = readdirSync(join(DIST_WEB, 'assets')).find((f) => /^population\.worker-.*\.js$/.test(f));
    expect(asset).toBeDefined();
    const base = defaultScenario();
    const scenario = {
      ...base,
      horizonDays: 90,
      display: { ...base.display, visible: ['mk7'] },
      regimens: base.regimens.filter((r) => r.compound === 'mk7'),
    };
    const times = await page.evaluate(
      async ({ url, scenario }) => {
        const worker = new Worker(url, { type: 'module' });
        const out: number[] = [];
        for (let id = 1; id <= 12; id++) {
          // The worker kit's protocol (renderer/src/workers/protocol.ts), spoken by hand.
          type Reply =
            { kind: 'result'; id: number; elapsedMs: number } | { kind: 'error'; id: number; error: string };
          const reply = await new Promise<Reply>((done) => {
            worker.onmessage = (e: MessageEvent<Reply>) => done(e.data);
            worker.postMessage({ kind: 'run', id, request: { scenario, subjects: 1000, seed: id } });
          });
          if (reply.kind !== 'result' || reply.id !== id) throw new Error(JSON.stringify(reply));
          out.push(reply.elapsedMs!);
        }
        worker.terminate();
        return out;
      },
      { url: `/assets/${asset}`, scenario },
    );
    const warm = times.slice(2);
    console.log(
      `[population] worker alone, 1,000 subjects × 90 days hourly, MK-7: first ${times[0]!.toFixed(1)} ms, second ${times[1]!.toFixed(1)} ms, median of the next ${warm.length} ${median(warm).toFixed(1)} ms, min ${Math.min(...warm).toFixed(1)} ms, max ${Math.max(...warm).toFixed(1)} ms (target < 100 ms)`,
    );
    expect(times.every((t) => Number.isFinite(t) && t > 0)).toBe(true);
    expect(session.app.errors).toEqual([]);
    await session.app.context.close();
  });

  it('draws the bands in the plasma chart and in the exported SVG and CSV', async () => {
    const page = await session.open();
    await page.getByRole('switch', { name: 'Show variation between people' }).check();
    await nextElapsedMs(page, null);
    const band = page.locator('[data-testid=plasma-chart] .population-band.band-mk7');
    await band.waitFor();
    // The median is drawn over the curves, in a group of its own.
    const median = page.locator('[data-testid=plasma-chart] .population-median.band-mk7');
    for (const [group, part] of [
      [band, 'band-outer'],
      [band, 'band-inner'],
      [median, 'band-median'],
    ] as const) {
      const d = (await group.locator(`path.${part}`).getAttribute('d')) ?? '';
      expect(d.length).toBeGreaterThan(200);
    }
    expect(await page.locator('[data-testid=plasma-chart] .population-band').count()).toBe(3);
    const legend = page.locator('[data-testid=plasma-chart] .plot-legend-text', {
      hasText: 'median of 1,000 people',
    });
    expect(await legend.count()).toBe(1);

    await page.getByRole('button', { name: 'Export' }).click();
    const svgFile = await captureDownload(page, () =>
      page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'SVG image' }).click(),
    );
    const svg = svgFile.bytes.toString('utf8');
    expect(svg.match(/class="population-band band-/g)?.length).toBe(3);
    expect(svg).toContain('class="band-outer"');
    expect(svg).toContain('median of 1,000 people');

    await page.getByRole('button', { name: 'Export' }).click();
    const csvFile = await captureDownload(page, () =>
      page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'CSV data' }).click(),
    );
    const header = csvFile.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    expect(header).toContain('mk7_plasma_ng_per_ml');
    for (const p of ['p05', 'p25', 'p50', 'p75', 'p95'])
      expect(header).toContain(`mk7_plasma_${p}_ng_per_ml`);

    // Switched off: the chart and the export lose the bands again.
    await page.getByRole('switch', { name: 'Show variation between people' }).uncheck();
    expect(await page.locator('[data-testid=plasma-chart] .population-band').count()).toBe(0);
    expect(session.app.errors).toEqual([]);
    await session.app.context.close();
  });

  it('exports without the bands, and says so, when the bands are too large to simulate', async () => {
    const page = await session.open();
    // One year at 10-minute steps: 52,561 points × 1,000 people is over the 25 million cap.
    const base = defaultScenario();
    const scenario = {
      ...base,
      horizonDays: 365,
      stepMin: 10,
      display: { ...base.display, visible: ['mk7'] },
      regimens: base.regimens.filter((r) => r.compound === 'mk7'),
    };
    await page.getByTestId('scenario-file-input').setInputFiles({
      name: 'year.k2.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(scenario)),
    });
    await page.getByRole('status').filter({ hasText: 'Opened' }).waitFor();
    await page.getByRole('switch', { name: 'Show variation between people' }).check();
    await page
      .getByText(/use a shorter duration/)
      .first()
      .waitFor();
    expect(await page.getByText(/fewer people/).count()).toBe(0);
    await page.getByRole('button', { name: 'Export' }).click();
    const svg = await captureDownload(page, () =>
      page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'SVG image' }).click(),
    );
    expect(svg.text).toContain('<svg');
    expect(svg.text).not.toContain('population-band');
    const notice = page.getByRole('status').filter({ hasText: 'Saved' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /Saved without the variation between people: .*25,000,000 values/,
    );
    expect(session.app.errors).toEqual([]);
    await session.app.context.close();
  });

  it('shows the caution for MK-7 and K1 on screen, and only for those', async () => {
    const page = await session.open();
    const caution = page.getByTestId('anticoagulant-caution');
    await expect(caution.isVisible()).resolves.toBe(true);
    expect(
      await caution.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-compound'))),
    ).toEqual(['mk7', 'k1']);
    expect(await caution.textContent()).toContain('talk to your doctor');
    expect(await caution.textContent()).toContain('Theuwissen 2013');
    await page.getByRole('checkbox', { name: 'K1', exact: true }).uncheck();
    expect(await caution.locator('li').count()).toBe(1);
    await page.getByRole('checkbox', { name: 'MK-7', exact: true }).uncheck();
    expect(await caution.count()).toBe(0);
    // In presentation mode too: scene 1 shows MK-4 and MK-7.
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    const line = page.getByTestId('anticoagulant-caution-line');
    await line.waitFor();
    expect(await line.textContent()).toMatch(/Talk to your doctor before taking MK-7.*Theuwissen 2013/);
    await session.app.context.close();
  });

  it('draws the tornado: a panel per metric with its unit, bars per parameter, sources on hover', async () => {
    const page = await session.open();
    await page.getByTestId('sensitivity').getByText('Sensitivity: which parameter matters most').click();
    const tornado = page.getByTestId('tornado');
    await tornado.waitFor();
    const panels = tornado.locator('svg.tornado-chart');
    expect(await panels.count()).toBe(3);
    expect(await tornado.locator('svg text', { hasText: 'AUC (ng·h/mL)' }).count()).toBe(1);
    expect(await panels.first().locator('.tornado-bar').count()).toBeGreaterThanOrEqual(7);
    expect(await panels.first().getAttribute('aria-label')).toMatch(/^Peak level \(Cmax\), typical /);
    const firstBar = panels.first().locator('rect[data-end=high]').first();
    expect(await firstBar.locator('title').textContent()).toMatch(/Sources: /);
    const file = await captureDownload(page, () =>
      page.getByRole('button', { name: 'Save sensitivity chart (SVG)' }).click(),
    );
    expect(file.name).toBe('mk-7-mk-4-and-k1-90-ug-every-24-h-with-a-15-g-fat-meal-sensitivity.svg');
    const svg = file.bytes.toString('utf8');
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    for (const t of ['Cmax (ng/mL)', 'AUC (ng·h/mL)', 'Trough (ng/mL)', 'Ranges from: '])
      expect(svg).toContain(t);
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);

    // The Export menu has the same chart as a PNG, at the menu's pixel density (2x by default).
    await page.getByRole('button', { name: 'Export' }).click();
    const png = await captureDownload(page, () =>
      page
        .getByRole('group', { name: 'Export' })
        .getByRole('button', { name: 'Sensitivity chart (PNG)' })
        .click(),
    );
    expect(png.name).toBe('mk-7-mk-4-and-k1-90-ug-every-24-h-with-a-15-g-fat-meal-sensitivity@2x.png');
    expect(pngHeader(png.bytes)).toEqual({ signatureOk: true, width: width! * 2, height: height! * 2 });
    // Drawn, not blank: decoded in the page, the bars' two colours (Okabe-Ito sky blue, orange) are there.
    const colours = await page.evaluate(async (b64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let low = 0;
      let high = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] === 0x56 && data[i + 1] === 0xb4 && data[i + 2] === 0xe9) low++;
        if (data[i] === 0xe6 && data[i + 1] === 0x9f && data[i + 2] === 0x00) high++;
      }
      return { low, high };
    }, png.bytes.toString('base64'));
    expect(colours.low).toBeGreaterThan(1000);
    expect(colours.high).toBeGreaterThan(1000);
    expect(session.app.errors).toEqual([]);
    await session.app.context.close();
  });
});
