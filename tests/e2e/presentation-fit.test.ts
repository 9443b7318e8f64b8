/**
 * What a new user found cut off or hidden in presentation mode, checked in Chromium:
 * - on a phone (390 × 844, touch) every built-in scene's caption is read whole, in presentation mode and from a
 *   student's lesson link, and a student's screen leaves no empty band under the controls;
 * - a caption that still scrolls (a teacher's long one in the five-line box at 1024 × 768) shows it: a shadow
 *   along the edge that has more text behind it, none along an edge with nothing left (pixels, text hidden);
 * - scene 7's median of 1,000 people shows as dark dots over the typical person's line of the same colour;
 * - the fat inset of scene 3 keeps its heading, legend, ticks and axis titles inside its box, whole, in English,
 *   German and Japanese at 1024 × 768, with at least three ticks on its value axis.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessonLink } from '../../sim/share/lessonLink';
import { serializeLesson } from '../../renderer/src/presentation/lesson';
import { storyScenes } from '../../renderer/src/presentation/scenes';
import { STORY } from '../../renderer/src/presentation/story';
import { newAppPage, startBrowserHarness, type BrowserHarness } from './support/browser';

const SCREENSHOTS = join(import.meta.dirname, '../../docs/screenshots');
const PHONE = { width: 390, height: 844 };
const PROJECTOR_1024 = { width: 1024, height: 768 };
const N = STORY.length;

let harness: BrowserHarness;
beforeAll(async () => {
  harness = await startBrowserHarness();
});
afterAll(() => harness?.close());

function link(scenes = storyScenes()): string {
  const made = lessonLink(harness.server.url, serializeLesson({ title: 'Vitamin K kinetics', scenes }));
  if (!made.ok) throw new Error('lesson link refused');
  return made.url;
}

async function waitForScene(page: Page, scene: number, of: number): Promise<void> {
  // A scene's first draw under a loaded machine can take seconds.
  await expect
    .poll(async () => (await page.getByTestId('scene-counter').textContent())?.match(/\d+/g)?.join('/'), {
      timeout: 20_000,
    })
    .toBe(`${scene}/${of}`);
  await page.getByTestId('presentation-chart').locator('path').first().waitFor({ state: 'attached' });
  await page.waitForTimeout(200);
}

/** The caption's text height against its box, and its box against the screen (CSS px). */
function captionBox(page: Page) {
  return page.getByTestId('scene-caption').evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { scrollH: e.scrollHeight, clientH: e.clientHeight, top: r.top, bottom: r.bottom };
  });
}

/** RGBA pixels of a locator's screenshot, decoded by the page's own canvas. */
async function pixels(
  page: Page,
  where: Locator,
): Promise<{ width: number; height: number; data: number[] }> {
  const png = (await where.screenshot()).toString('base64');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    return {
      width: c.width,
      height: c.height,
      data: Array.from(g.getImageData(0, 0, c.width, c.height).data),
    };
  }, png);
}

/** Darkest luminance (0-255) in rows [from, to) of an image. */
function darkestIn(img: { width: number; data: number[] }, from: number, to: number): number {
  let least = 255;
  for (let y = from; y < to; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      least = Math.min(least, 0.2126 * img.data[i]! + 0.7152 * img.data[i + 1]! + 0.0722 * img.data[i + 2]!);
    }
  }
  return least;
}

describe('on a phone, 390 × 844 with touch (chromium)', () => {
  it("presentation mode shows every scene's caption whole, on the screen", async () => {
    const { page, context, errors } = await newAppPage(harness.browser, harness.server.url, PHONE, 2, {
      isMobile: true,
      hasTouch: true,
    });
    try {
      await page.locator('[data-testid=plasma-chart] .plot-tick').first().waitFor({ timeout: 60_000 });
      await page.keyboard.press('F5');
      await page.getByTestId('presentation').waitFor();
      const cut: string[] = [];
      for (let scene = 1; scene <= N; scene++) {
        if (scene > 1) await page.getByRole('button', { name: /^Next/ }).click();
        await waitForScene(page, scene, N);
        const c = await captionBox(page);
        if (c.scrollH > c.clientH + 1 || c.top < 0 || c.bottom > PHONE.height)
          cut.push(`scene ${scene}: ${c.scrollH}px of text in ${c.clientH}px at ${c.top}..${c.bottom}`);
        if (scene === 1) await page.screenshot({ path: join(SCREENSHOTS, 'presentation-phone.png') });
      }
      expect(cut).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it("a student's lesson link shows every caption whole, and the controls end the screen (no empty band)", async () => {
    const { page, context, errors } = await newAppPage(harness.browser, link(), PHONE, 2, {
      isMobile: true,
      hasTouch: true,
    });
    try {
      await page.getByTestId('presentation').waitFor();
      const cut: string[] = [];
      const empty: string[] = [];
      for (let scene = 1; scene <= N; scene++) {
        if (scene > 1) await page.getByRole('button', { name: /^Next/ }).click();
        await waitForScene(page, scene, N);
        const c = await captionBox(page);
        if (c.scrollH > c.clientH + 1) cut.push(`scene ${scene}: ${c.scrollH}px of text in ${c.clientH}px`);
        // The student's screen scrolls as one column: its last row (the controls) ends it, at the screen's foot
        // or below it, never with the screen's foot left empty under it (10 px: the column's padding).
        const foot = await page.evaluate(() => {
          const pres = document.querySelector<HTMLElement>('[data-testid=presentation]')!;
          const bar = pres.querySelector('.pres-controls')!.getBoundingClientRect();
          return { barBottom: bar.bottom + pres.scrollTop, height: pres.clientHeight };
        });
        if (foot.barBottom < foot.height - 12)
          empty.push(`scene ${scene}: controls end at ${Math.round(foot.barBottom)} of ${foot.height}px`);
        if (scene === 1) await page.screenshot({ path: join(SCREENSHOTS, 'student-phone-caption.png') });
      }
      expect({ cut, empty }).toEqual({ cut: [], empty: [] });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe('a caption longer than its box at 1024 × 768 (chromium)', () => {
  it('shows a shadow along the edge with more text behind it, and none where nothing is left', async () => {
    const scenes = storyScenes();
    const sentence = 'MK-7 stays in the blood for days, so daily doses add up to a plateau. ';
    scenes[0] = { ...scenes[0]!, caption: sentence.repeat(12).trim() };
    const { page, context, errors } = await newAppPage(harness.browser, link(scenes), PROJECTOR_1024);
    try {
      await page.getByTestId('presentation').waitFor();
      await waitForScene(page, 1, N);
      const caption = page.getByTestId('scene-caption');
      const c = await captionBox(page);
      expect(c.scrollH, 'the caption scrolls').toBeGreaterThan(c.clientH + 20);
      // Its text hidden, only what is drawn behind it is left: the cue.
      await page.addStyleTag({ content: '.pres-caption { color: transparent !important; }' });
      const rows = 6;
      const atTop = await pixels(page, caption);
      await caption.evaluate((e) => {
        e.scrollTop = e.scrollHeight;
      });
      await page.waitForTimeout(100);
      const atEnd = await pixels(page, caption);
      // Six rows in from each edge, past the box's fractional edge pixel.
      const edges = (img: typeof atTop) => ({
        top: darkestIn(img, 2, 2 + rows),
        bottom: darkestIn(img, img.height - 2 - rows, img.height - 2),
      });
      const top = edges(atTop);
      const end = edges(atEnd);
      // More text below at the start, more above at the end: a grey shadow there; white where nothing is left.
      expect(top.bottom, 'shadow at the foot while text is below').toBeLessThan(200);
      expect(top.top, 'no shadow at the head at the start').toBeGreaterThan(245);
      expect(end.top, 'shadow at the head once scrolled').toBeLessThan(200);
      expect(end.bottom, 'no shadow at the foot at the end').toBeGreaterThan(245);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe('scene 7 at 1024 × 768 (chromium)', () => {
  it('shows the median of 1,000 people as dark dots on the typical person’s line, and says how close they are', async () => {
    const { page, context, errors } = await newAppPage(harness.browser, link(), PROJECTOR_1024);
    try {
      await page.getByTestId('presentation').waitFor();
      await waitForScene(page, 1, N);
      const variation = STORY.findIndex((s) => s.id === 'variation') + 1;
      for (let scene = 2; scene <= variation; scene++) {
        await page.getByRole('button', { name: /^Next/ }).click();
        await waitForScene(page, scene, N);
      }
      const chart = page.getByTestId('presentation-chart');
      await chart.locator('path.band-median').waitFor();
      await page.mouse.move(1, 1);
      await page.screenshot({ path: join(SCREENSHOTS, 'presentation-median-1024x768.png') });
      // The same chart with and without the medians: what they add where drawn must be dark, not the line's blue.
      const plot = chart.locator('svg').first();
      const shown = await pixels(page, plot);
      await page.addStyleTag({ content: '.band-median, .band-median-ring { display: none; }' });
      await page.waitForTimeout(100);
      const hidden = await pixels(page, plot);
      let darkAdded = 0;
      for (let i = 0; i < shown.data.length; i += 4) {
        const lum = (d: number[]) => 0.2126 * d[i]! + 0.7152 * d[i + 1]! + 0.0722 * d[i + 2]!;
        if (lum(shown.data) < 70 && lum(hidden.data) - lum(shown.data) > 40) darkAdded++;
      }
      console.log(`[median] dark pixels the medians add in scene 7's chart: ${darkAdded}`);
      expect(darkAdded, 'dark median pixels over the line and bands').toBeGreaterThan(100);
      const legend = await chart.locator('.plot-legend-text').allTextContents();
      expect(
        legend.some((t) =>
          /^Dotted: median of 1,000 people, on the solid line \(±\d+% of its peak\)/.test(t),
        ),
      ).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe('the fat inset of scene 3 at 1024 × 768 (chromium)', () => {
  for (const locale of ['en-US', 'de-DE', 'ja-JP']) {
    it(`${locale}: heading, legend, ticks and axis titles whole and inside its box; three value ticks or more`, async () => {
      const context = await harness.browser.newContext({
        viewport: PROJECTOR_1024,
        locale,
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await page.goto(link());
        await page.getByTestId('presentation').waitFor();
        await waitForScene(page, 1, N);
        const fat = STORY.findIndex((s) => s.id === 'fat') + 1;
        for (let scene = 2; scene <= fat; scene++) {
          await page.getByTestId('presentation').focus();
          await page.keyboard.press('PageDown');
          await waitForScene(page, scene, N);
        }
        const inset = page.locator('svg.pres-fat-inset');
        await inset.waitFor();
        await page.mouse.move(1, 1);
        await page.screenshot({ path: join(SCREENSHOTS, `presentation-fat-inset-${locale}.png`) });
        const m = await inset.evaluate((svg) => {
          const box = svg.getBoundingClientRect();
          const texts = Array.from(svg.querySelectorAll('text')).map((t) => {
            const r = t.getBoundingClientRect();
            return {
              text: t.textContent ?? '',
              cls: t.getAttribute('class') ?? '',
              outside:
                r.left < box.left - 1 ||
                r.right > box.right + 1 ||
                r.top < box.top - 1 ||
                r.bottom > box.bottom + 1,
              r: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
            };
          });
          return { texts };
        });
        const outside = m.texts.filter((t) => t.outside).map((t) => t.text);
        const cut = m.texts.filter((t) => t.text.includes('…')).map((t) => t.text);
        const overlapping: string[] = [];
        m.texts.forEach((a, i) =>
          m.texts.slice(i + 1).forEach((b) => {
            const ox = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
            const oy = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
            if (ox > 1 && oy > 1) overlapping.push(`"${a.text}" / "${b.text}"`);
          }),
        );
        expect({ outside, cut, overlapping }).toEqual({ outside: [], cut: [], overlapping: [] });
        const yTicks = m.texts.filter((t) => t.cls.includes('plot-tick-y'));
        expect(yTicks.length, yTicks.map((t) => t.text).join(' ')).toBeGreaterThanOrEqual(3);
        // The x axis title is there whole (its last character, the closing bracket, too).
        const xTitle = m.texts.find((t) => t.cls.includes('plot-axis-title-x'))!.text;
        expect(xTitle).toMatch(/[)）]$/);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }, 60_000);
  }
});
