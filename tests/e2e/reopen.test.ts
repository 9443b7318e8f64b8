/**
 * Exported images and share links that reopen, in a real Chromium (issue 19 §6-7): a personal week (MK-7
 * 180 µg from Monday 08:00, Tuesday missed, a double dose Wednesday) exported as PNG and as SVG, opened in a
 * fresh page, gives the same MK-7 curve (the chart's path `d`) and the same dose list; "Copy link" puts a
 * `#scenario=` link on the real clipboard, and that link opened in a new page gives the same curve and list
 * (and the fragment leaves the address); a PNG from elsewhere, drawn by the browser's own canvas, is refused
 * in one sentence and the work stays. Screenshots: /tmp/imagelink-*.png.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../sim';
import { startBrowserHarness, type BrowserHarness } from './support/browser';
import { buildWeek, mk7Doses } from './support/week';
import { captureDownload } from './support/files';
import { mk7PlasmaPath } from './support/session';

/** The Doses panel draws a list's rows ten per task, in turns (DosesPanel.tsx): give a loaded machine time. */
const ROWS_DRAWN = { timeout: 15_000 };

const SHOTS = process.env['K2_SHOTS'] ?? '/tmp';
const dir = mkdtempSync(join(tmpdir(), 'k2-reopen-images-'));

/** The dose list as the editor shows it: each row's date, state and every box's value. */
function doseList(page: Page) {
  return mk7Doses(page)
    .locator('tr.dose-row')
    .evaluateAll((rows) =>
      rows.map((r) => ({
        date: r.getAttribute('data-date'),
        missed: r.classList.contains('missed'),
        values: Array.from(r.querySelectorAll('input, select')).map(
          (box) => (box as HTMLInputElement | HTMLSelectElement).value,
        ),
      })),
    );
}

async function picture(page: Page) {
  return { path: await mk7PlasmaPath(page).getAttribute('d'), doses: await doseList(page) };
}

async function exportVia(page: Page, item: 'PNG image' | 'SVG image' | 'Copy link'): Promise<void> {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: item }).click();
}

/** The scenario text in a PNG's iTXt chunk, read with Node's zlib (not the app's reader). */
function scenarioInPng(png: Buffer): string {
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'iTXt') {
      const data = png.subarray(at + 8, at + 8 + length);
      const keyword = 'k2-kinetics-scenario\0\u0001\0\0\0';
      expect(data.toString('latin1', 0, keyword.length)).toBe(keyword);
      return inflateSync(data.subarray(keyword.length)).toString('utf8');
    }
    at += 12 + length;
  }
  throw new Error('no iTXt chunk');
}

describe('exported images and links reopen (chromium, Europe/Berlin)', () => {
  let harness: BrowserHarness;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function newPage(url = harness.server.url, clipboard = false): Promise<Page> {
    const context = await harness.browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
      timezoneId: 'Europe/Berlin',
    });
    contexts.push(context);
    if (clipboard) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: harness.server.url,
      });
    }
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await mk7PlasmaPath(page).waitFor();
    return page;
  }

  async function openFile(page: Page, name: string, bytes: Buffer): Promise<void> {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    await page.getByTestId('scenario-file-input').setInputFiles(path);
  }

  it('an exported PNG and SVG, opened in a fresh page, give the same curve and the same dose list', async () => {
    const page = await newPage();
    await buildWeek(page, { moveThursday: false });
    const before = await picture(page);
    expect(before.doses.filter((d) => d.missed)).toHaveLength(1);

    const png = await captureDownload(page, () => exportVia(page, 'PNG image'));
    const svg = await captureDownload(page, () => exportVia(page, 'SVG image'));
    expect(png.name).toMatch(/\.png$/);
    expect(svg.name).toMatch(/\.svg$/);
    // Both carry the scenario as saved to a file (Node's zlib reads the PNG's chunk).
    const carried = parseScenarioText(scenarioInPng(png.bytes));
    expect(carried.ok && carried.scenario.regimens[1]!.doseUg).toBe(180);
    expect(svg.text).toContain('<metadata><k2:scenario xmlns:k2="urn:k2-kinetics:scenario">');

    for (const file of [png, svg]) {
      const fresh = await newPage();
      expect(await picture(fresh)).not.toEqual(before);
      await openFile(fresh, file.name, file.bytes);
      await fresh
        .getByRole('status')
        .filter({ hasText: `Opened “${file.name}”.` })
        .waitFor();
      await expect
        .poll(() => mk7Doses(fresh).locator('tr.dose-row').count(), ROWS_DRAWN)
        .toBe(before.doses.length);
      expect(await picture(fresh), file.name).toEqual(before);
      // Opening an image is an undoable edit and leaves no file to save over: the title is the scenario's.
      expect(await fresh.title()).not.toContain(file.name);
    }
    expect(errors).toEqual([]);
  });

  it('a PNG from elsewhere is refused in one sentence and the work stays', async () => {
    const page = await newPage();
    await page.getByRole('textbox', { name: /^Dose/ }).first().fill('150');
    await page.getByRole('textbox', { name: /^Dose/ }).first().press('Enter');
    const before = await mk7PlasmaPath(page).getAttribute('d');
    // A real PNG, drawn and encoded by the browser's canvas: it carries no scenario.
    const drawn = await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 30;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#c33';
      ctx.fillRect(5, 5, 30, 20);
      const blob = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b!), 'image/png'));
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    });
    await openFile(page, 'holiday-photo.png', Buffer.from(drawn));
    const alert = page.getByRole('alert').filter({ hasText: 'holiday-photo.png' });
    await alert.waitFor();
    const text = (await alert.locator('span').first().textContent())!;
    expect(text).toBe(
      'Could not open “holiday-photo.png”: This image has no K2 Kinetics scenario in it: it was not exported by K2 Kinetics (or by a version older than this one), or a program that edited it removed the scenario. Your current scenario is unchanged.',
    );
    expect(await mk7PlasmaPath(page).getAttribute('d')).toBe(before);
    expect(await page.getByRole('textbox', { name: /^Dose/ }).first().inputValue()).toBe('150');
    await page.screenshot({ path: join(SHOTS, 'imagelink-refused.png') });
    expect(errors).toEqual([]);
  });

  it('Copy link puts the scenario in a link; the link opened in a new page gives the same curve', async () => {
    const page = await newPage(harness.server.url, true);
    await buildWeek(page, { moveThursday: false });
    const before = await picture(page);
    await exportVia(page, 'Copy link');
    const notice = page.getByRole('status').filter({ hasText: 'Copied a link to this scenario' });
    await notice.waitFor();
    await page.screenshot({ path: join(SHOTS, 'imagelink-copied.png') });
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url.startsWith(`${harness.server.url}#scenario=`)).toBe(true);
    expect(await notice.textContent()).toContain(`(${url.length.toLocaleString('en')} characters)`);
    // Nothing but the page's own files is ever requested: the scenario stays in the fragment.
    const requested: string[] = [];
    const opened = await (async () => {
      const context = await harness.browser.newContext({
        viewport: { width: 1280, height: 800 },
        timezoneId: 'Europe/Berlin',
      });
      contexts.push(context);
      const p = await context.newPage();
      p.on('request', (r) => requested.push(r.url()));
      p.on('pageerror', (e) => errors.push(e.message));
      await p.goto(url);
      await mk7PlasmaPath(p).waitFor();
      return p;
    })();
    await opened.getByRole('status').filter({ hasText: 'Opened the scenario in this link.' }).waitFor();
    await expect
      .poll(() => mk7Doses(opened).locator('tr.dose-row').count(), ROWS_DRAWN)
      .toBe(before.doses.length);
    expect(await picture(opened)).toEqual(before);
    // The fragment is taken out of the address, so a reload shows the session instead of the link again.
    expect(await opened.evaluate(() => window.location.hash)).toBe('');
    expect(requested.every((r) => !r.includes('scenario='))).toBe(true);
    await opened.waitForTimeout(800); // the session is written 400 ms after the last change
    await opened.reload();
    await mk7PlasmaPath(opened).waitFor();
    await expect.poll(() => mk7PlasmaPath(opened).getAttribute('d')).toBe(before.path);
    expect(errors).toEqual([]);
  });

  it('the link wins over the restored session, and Undo returns to the session', async () => {
    const page = await newPage(harness.server.url, true);
    await buildWeek(page, { moveThursday: false });
    const linked = await picture(page);
    await exportVia(page, 'Copy link');
    await page.getByRole('status').filter({ hasText: 'Copied a link' }).waitFor();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    await page.waitForTimeout(800); // the week is the saved session (written 400 ms after the last change)
    // The same browser profile, with a different session saved.
    await page.goto(harness.server.url);
    await mk7PlasmaPath(page).waitFor();
    await page.getByRole('checkbox', { name: 'MK-4' }).check();
    const session = await mk7PlasmaPath(page).getAttribute('d');
    await page.waitForTimeout(800); // the session is written 400 ms after the last change
    // Away first: a link that differs only in its fragment would not load the page again.
    await page.goto('about:blank');
    await page.goto(url);
    await page.getByRole('status').filter({ hasText: 'Opened the scenario in this link.' }).waitFor();
    // The Doses panel is drawn after the first chart (a cold start does not wait for it).
    await expect
      .poll(() => mk7Doses(page).locator('tr.dose-row').count(), ROWS_DRAWN)
      .toBe(linked.doses.length);
    expect(await picture(page)).toEqual(linked);
    expect(await page.getByRole('checkbox', { name: 'MK-4' }).isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: 'MK-4' }).isChecked()).toBe(true);
    // The curves are redrawn in the frame after the controls.
    await expect.poll(() => mk7PlasmaPath(page).getAttribute('d')).toBe(session);
  });

  it('a damaged link is refused in one sentence and the session stays; without the clipboard the link is shown', async () => {
    const page = await newPage(`${harness.server.url}#scenario=AAAA-not-deflate`);
    const alert = page.getByRole('alert').filter({ hasText: 'this link' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /^Could not open the scenario in this link: The link is damaged: its scenario could not be unpacked \(the link was changed or cut short\)\. Your current scenario is unchanged\./,
    );
    expect(await page.evaluate(() => window.location.hash)).toBe('');

    // No clipboard permission: the link is shown in a box, selected on focus, to copy by hand.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await exportVia(page, 'Copy link');
    const box = page.getByRole('textbox', { name: 'Link to this scenario' });
    await box.waitFor();
    expect(await box.inputValue()).toMatch(/#scenario=[A-Za-z0-9_-]+$/);
    await page.screenshot({ path: join(SHOTS, 'imagelink-link-box.png') });
  });

  it('the export preview shows the very file Save writes (PNG and SVG), byte for byte', async () => {
    const page = await newPage();
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'Preview…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export preview' });
    for (const format of ['PNG', 'SVG'] as const) {
      if (format === 'SVG') await dialog.getByRole('radio', { name: 'SVG' }).check();
      const image = dialog.getByRole('img', { name: new RegExp(`^The ${format} file as it will be saved`) });
      await image.waitFor();
      // The shown image's own bytes, and that it decoded (a blank or broken image has no natural size).
      const shown = await image.evaluate(async (img: HTMLImageElement) => {
        await img.decode();
        const bytes = new Uint8Array(await (await fetch(img.src)).arrayBuffer());
        return { bytes: Array.from(bytes), width: img.naturalWidth };
      });
      expect(shown.width).toBeGreaterThan(500);
      if (format === 'PNG') await page.screenshot({ path: join(SHOTS, 'imagelink-preview.png') });
      const facts = await dialog.getByTestId('export-preview-facts').textContent();
      const saved = await captureDownload(page, () =>
        dialog.getByRole('button', { name: `Save this ${format}` }).click(),
      );
      expect(facts).toContain(saved.name);
      expect(Buffer.from(shown.bytes).equals(saved.bytes), format).toBe(true);
      await page
        .getByRole('status')
        .filter({ hasText: `Saved ${saved.name}` })
        .waitFor();
      if (format === 'PNG') {
        expect(facts).toMatch(/@2x\.png: 1920 × 1080 px, \d+ kB\./);
        await page.getByRole('button', { name: 'Export' }).click();
        await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'Preview…' }).click();
      }
    }
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
  });
});
