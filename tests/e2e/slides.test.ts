/**
 * The lesson as slides and a handout, in Chromium: the .pptx is made by the real button in presentation mode and
 * caught as a download; it must be a valid Office Open XML file (a zip with ppt/presentation.xml and one
 * ppt/slides/slideN.xml per scene, every part well-formed XML) that LibreOffice, an independent reader, converts
 * to a PDF of one page per scene. The handout printed by Chromium (page.pdf, the print stylesheet) has one page per
 * scene too. Pages are counted twice in each PDF, by its page objects and by its page tree's /Count.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeLesson } from '../../renderer/src/presentation/lesson';
import { storyScenes } from '../../renderer/src/presentation/scenes';
import { STORY } from '../../renderer/src/presentation/story';
import { pdfPageCount } from '../../sim/pdf/pageCount';
import { newAppPage, startBrowserHarness, type BrowserHarness } from './support/browser';
import { inMore } from './support/presentationMore';

const run = promisify(execFile);
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? null;
const SCREENSHOTS = join(import.meta.dirname, '../../docs/screenshots');
const N = STORY.length;

/** The root page tree's /Count: the largest /Count of any /Type /Pages node (the root holds every page). */
function pageTreeCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  const counts = [
    ...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g),
  ].map((m) => Number(m[1] ?? m[2]));
  return Math.max(0, ...counts);
}

function wellFormed(name: string, text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: { warning: () => {}, error: (m) => errors.push(m), fatalError: (m) => errors.push(m) },
  }).parseFromString(text, 'application/xml');
  expect(errors, `${name} is well-formed XML`).toEqual([]);
  return doc as unknown as Document;
}

/** One handout page as it prints: a window tall enough for the whole A4 sheet below the toolbar. */
async function shootPage(page: Page, index: number, name: string): Promise<void> {
  const before = page.viewportSize()!;
  await page.setViewportSize({ width: 900, height: 1200 });
  const sheet = page.getByTestId('handout-page').nth(index);
  await sheet.evaluate((e) => e.scrollIntoView({ block: 'end' }));
  // The sheet scrolls inside the fixed overlay, not the document: clip the window's picture to where it is.
  const box = (await sheet.boundingBox())!;
  await page.screenshot({ path: join(SCREENSHOTS, name), clip: box });
  await page.setViewportSize(before);
}

let harness: BrowserHarness;
let page: Page;
let pptx: Uint8Array;
const captions: string[] = [];

beforeAll(async () => {
  harness = await startBrowserHarness();
  ({ page } = await newAppPage(harness.browser, harness.server.url, { width: 1366, height: 768 }));
  await page.locator('[data-testid=plasma-chart] .plot-tick').first().waitFor();
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await page.getByRole('dialog', { name: 'Presentation mode' }).waitFor();
  // What presentation mode shows for each scene, read off the screen to compare with the slides.
  for (let i = 0; i < N; i++) {
    await page
      .getByTestId('scene-counter')
      .filter({ hasText: `Scene ${i + 1} of ${N}` })
      .waitFor();
    captions.push((await page.getByTestId('scene-caption').textContent()) ?? '');
    if (i < N - 1) await page.keyboard.press('PageDown');
  }
  const download = page.waitForEvent('download', { timeout: 120_000 });
  const started = Date.now();
  await (await inMore(page.getByRole('button', { name: 'Slides (.pptx)' }))).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('vitamin-k-kinetics.pptx');
  pptx = new Uint8Array(readFileSync((await file.path())!));
  console.log(
    `[e2e] ${N} slides made in the browser in ${Date.now() - started} ms (click to download), ${pptx.length.toLocaleString('en')} bytes`,
  );
}, 180_000);

afterAll(() => harness?.close());

describe('The lesson as .pptx (Chromium)', () => {
  it('is a zip holding ppt/presentation.xml and one well-formed slide per scene, in the scenes order', async () => {
    await page
      .getByTestId('materials-status')
      .filter({ hasText: `(${N} slides, one per scene)` })
      .waitFor();
    const files = unzipSync(pptx);
    wellFormed('[Content_Types].xml', strFromU8(files['[Content_Types].xml']!));
    const presentation = wellFormed('ppt/presentation.xml', strFromU8(files['ppt/presentation.xml']!));
    expect(presentation.getElementsByTagName('p:sldId')).toHaveLength(N);
    const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides.sort()).toEqual(Array.from({ length: N }, (_, i) => `ppt/slides/slide${i + 1}.xml`).sort());
    for (let i = 0; i < N; i++) {
      const slide = wellFormed(`slide${i + 1}`, strFromU8(files[`ppt/slides/slide${i + 1}.xml`]!));
      const text = Array.from(slide.getElementsByTagName('a:t'))
        .map((t) => t.textContent)
        .join(' ');
      // The title and the very caption presentation mode showed for this scene.
      expect(text).toContain(STORY[i]!.title);
      expect(text.replace(/\s+/g, ' ')).toContain(captions[i]!.replace(/\s+/g, ' ').trim());
      // One picture: the figure as a PNG the browser drew from the export SVG.
      expect(slide.getElementsByTagName('p:pic')).toHaveLength(1);
      const notes = wellFormed(`notes${i + 1}`, strFromU8(files[`ppt/notesSlides/notesSlide${i + 1}.xml`]!));
      const said = Array.from(notes.getElementsByTagName('a:t'))
        .map((t) => t.textContent)
        .join('\n');
      expect(said).toMatch(/Teaching point: /);
      expect(said).toMatch(/peak \d/);
    }
    const media = Object.keys(files).filter((f) => /^ppt\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(N);
    for (const m of media) {
      const png = files[m]!;
      expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');
      // 960 × 540 at 2x: the export's slide size (IHDR width and height, big-endian).
      const dv = new DataView(png.buffer, png.byteOffset);
      expect([dv.getUint32(16), dv.getUint32(20)]).toEqual([1920, 1080]);
    }
  });

  it.skipIf(SOFFICE === null)(
    'converts to a PDF of one page per scene with LibreOffice (headless)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'k2-slides-'));
      writeFileSync(join(dir, 'lesson.pptx'), pptx);
      // A profile of its own, so a LibreOffice the machine is running elsewhere does not take the job.
      await run(
        SOFFICE!,
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          join(dir, 'lesson.pptx'),
        ],
        { timeout: 170_000 },
      );
      const pdf = new Uint8Array(readFileSync(join(dir, 'lesson.pdf')));
      rmSync(dir, { recursive: true, force: true });
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(pdfPageCount(pdf)).toBe(N);
      expect(pageTreeCount(pdf)).toBe(N);
    },
    180_000,
  );
  if (SOFFICE === null) {
    console.log(
      "[e2e] LibreOffice check skipped: no /usr/bin/soffice (install Debian's libreoffice-impress to convert the .pptx to PDF).",
    );
  }
});

describe('The lesson handout (Chromium)', () => {
  it('prints one A4 page per scene, each with its figure, caption and sources', async () => {
    await (await inMore(page.getByRole('button', { name: 'Handout (PDF)…' }))).click();
    const handout = page.getByTestId('handout');
    await handout.waitFor();
    await expect.poll(() => page.getByTestId('handout-page').count()).toBe(N);
    const first = page.getByTestId('handout-page').first();
    expect(await first.locator('svg').count()).toBeGreaterThan(0);
    expect(await first.textContent()).toContain('Sources:');
    await page.screenshot({ path: join(SCREENSHOTS, 'handout-screen.png') });
    await shootPage(page, 2, 'handout-page.png');
    const pdf = new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdfPageCount(pdf)).toBe(N);
    expect(pageTreeCount(pdf)).toBe(N);
    // A4 (595.28 × 841.89 pt) from the handout's @page rule: every page's MediaBox.
    const boxes = [
      ...Buffer.from(pdf)
        .toString('latin1')
        .matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g),
    ];
    expect(boxes).toHaveLength(N);
    for (const [, w, h] of boxes) expect([Math.round(Number(w)), Math.round(Number(h))]).toEqual([595, 842]);
    // Esc closes the handout, not presentation mode.
    await page.keyboard.press('Escape');
    await handout.waitFor({ state: 'detached' });
    await page.getByRole('dialog', { name: 'Presentation mode' }).waitFor();
  });

  it('gives a prediction scene an empty frame for the student, and only that scene', async () => {
    const scenes = storyScenes();
    scenes[1] = { ...scenes[1]!, predict: { hide: 'curve', allowReveal: true } };
    const dir = mkdtempSync(join(tmpdir(), 'k2-handout-'));
    const file = join(dir, 'predict-first.k2lesson.json');
    writeFileSync(file, serializeLesson({ title: 'Predict first', scenes }));
    const chooser = page.waitForEvent('filechooser');
    await (await inMore(page.getByRole('button', { name: 'Open lesson…' }))).click();
    await (await chooser).setFiles(file);
    // Removed only once opened: Chromium reads a chosen file when the page reads it, not at setFiles.
    await page.getByText('Opened "Predict first"').waitFor();
    rmSync(dir, { recursive: true, force: true });
    await (await inMore(page.getByRole('button', { name: 'Handout (PDF)…' }))).click();
    await expect.poll(() => page.getByTestId('handout-page').count()).toBe(N);
    const framed = await page
      .getByTestId('handout-page')
      .evaluateAll((pages) => pages.map((p) => p.querySelector('[data-testid=handout-predict]') !== null));
    expect(framed).toEqual(scenes.map((_, i) => i === 1));
    // Nothing on any sheet is cut off: each page's content fits its A4 height.
    const overflow = await page
      .getByTestId('handout-page')
      .evaluateAll((pages) => pages.map((p) => p.scrollHeight - p.clientHeight));
    expect(overflow).toEqual(scenes.map(() => 0));
    await shootPage(page, 1, 'handout-predict.png');
    const pdf = new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdfPageCount(pdf)).toBe(N);
    await page.keyboard.press('Escape');
  });
});
