/**
 * Issue 18 §4, themes in a real Chromium with emulated system settings: the dark scheme darkens the page and
 * the on-screen chart while the exported SVG and PNG stay light (drawn into a canvas and sampled); forced
 * colours draw the curves in the system's text colour with a visible focus; reduced motion makes Play step
 * instead of animate (and without it, Play animates: the contrast case). Dark screenshots go to
 * docs/screenshots/dark-*.png.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureDownload } from './support/files';
import { useAppSession } from './support/session';

const SHOTS = join(resolve(fileURLToPath(new URL('../..', import.meta.url))), 'docs', 'screenshots');

/** Relative luminance (WCAG) of a computed "rgb(r, g, b)" colour. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const style = (page: Page, selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e, p) => getComputedStyle(e).getPropertyValue(p), property);

/** Draws an image file (as a data URL) into a canvas in the page; the mean luminance and the corner pixel. */
async function imageLightness(page: Page, dataUrl: string): Promise<{ mean: number; corner: number[] }> {
  return page.evaluate(async (url) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth || 960;
    canvas.height = img.naturalHeight || 540;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3 / 255;
    return { mean: sum / (data.length / 4), corner: [data[0]!, data[1]!, data[2]!, data[3]!] };
  }, dataUrl);
}

async function exportFile(page: Page, item: 'SVG image' | 'PNG image') {
  return captureDownload(page, async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: item }).click();
  });
}

describe('themes (chromium)', () => {
  const session = useAppSession();

  it('dark: the page and the on-screen chart follow the system, exports stay light', async () => {
    const page = await session.open();
    const lightBg = await style(page, 'body', 'background-color');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1280, height: 800 });
    const rootBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(luminance(rootBg), `page ${rootBg} (light was ${lightBg})`).toBeLessThan(0.05);
    const card = await style(page, '.chart-card', 'background-color');
    expect(luminance(card)).toBeLessThan(0.05);
    // Text on the cards and the chart's tick labels read on the dark card (WCAG AA: 4.5:1).
    expect(contrast(await style(page, '.chart-title', 'color'), card)).toBeGreaterThan(4.5);
    expect(
      contrast(await style(page, '[data-testid=plasma-chart] .plot-tick', 'fill'), card),
    ).toBeGreaterThan(4.5);
    expect(
      contrast(await style(page, 'table.metrics th.curve-name span[style]', 'color'), card),
    ).toBeGreaterThan(4.5);
    // Each curve stands out from the card (3:1 for graphics).
    for (const alias of ['mk4', 'mk7', 'k1']) {
      const stroke = await style(
        page,
        `[data-testid=plasma-chart] .curve-${alias} path.recharts-curve`,
        'stroke',
      );
      expect(contrast(stroke, card), alias).toBeGreaterThan(3);
    }
    await page.screenshot({ path: join(SHOTS, 'dark-main.png') });
    await page
      .getByRole('group', { name: 'Plasma concentration: show as' })
      .getByRole('button', { name: 'Table' })
      .click();
    await page.getByTestId('plasma-chart-table').waitFor();
    await page.screenshot({ path: join(SHOTS, 'dark-table.png') });

    for (const item of ['SVG image', 'PNG image'] as const) {
      const file = await exportFile(page, item);
      const type = item === 'SVG image' ? 'image/svg+xml' : 'image/png';
      const drawn = await imageLightness(page, `data:${type};base64,${file.bytes.toString('base64')}`);
      // A light figure: a white corner and a mostly light area (curves and text are a small share).
      expect(
        drawn.corner.slice(0, 3).every((c) => c > 240),
        `${item} corner ${drawn.corner}`,
      ).toBe(true);
      expect(drawn.mean, item).toBeGreaterThan(0.85);
    }
    expect(session.app.errors).toEqual([]);
    await session.app.context.close();
  });

  it('dark system scheme with the projector profile on: the projector’s dark ink on white wins', async () => {
    const page = await session.open();
    await page.emulateMedia({ colorScheme: 'dark' });
    const rootBg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(luminance(await rootBg())).toBeLessThan(0.05);
    await page.getByRole('checkbox', { name: 'Projector colours' }).check();
    expect(await page.evaluate(() => document.documentElement.dataset['profile'])).toBe('projector');
    expect(luminance(await rootBg())).toBeGreaterThan(0.9);
    const card = await style(page, '.chart-card', 'background-color');
    expect(luminance(card)).toBeGreaterThan(0.9);
    // The chart's words go back to dark ink on the white card.
    expect(
      contrast(await style(page, '[data-testid=plasma-chart] .plot-tick', 'fill'), card),
    ).toBeGreaterThan(7);
    await session.app.context.close();
  });

  it('forced colours: curves and text in the system colours, the readout focus outlined', async () => {
    const page = await session.open();
    await page.emulateMedia({ forcedColors: 'active' });
    const canvasText = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    });
    for (const alias of ['mk4', 'mk7', 'k1']) {
      expect(
        await style(page, `[data-testid=plasma-chart] .curve-${alias} path.recharts-curve`, 'stroke'),
        alias,
      ).toBe(canvasText);
    }
    expect(await style(page, '[data-testid=plasma-chart] .plot-tick', 'fill')).toBe(canvasText);
    // The curves stay apart by their dashes: three different patterns.
    const dashes = await page
      .locator('[data-testid=plasma-chart] path.recharts-curve')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke-dasharray') ?? ''));
    expect(new Set(dashes).size).toBe(3);
    const area = page.getByRole('slider', { name: /^Plasma concentration: level readout/ });
    await area.focus();
    await page.keyboard.press('ArrowRight');
    const outline = await area.evaluate((e) => {
      const s = getComputedStyle(e);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: '/tmp/a11y-forced-colors.png' });
    await session.app.context.close();
  });

  for (const reduce of [true, false]) {
    it(`presentation Play ${reduce ? 'steps without animating under reduced motion' : 'animates without reduced motion (contrast case)'}`, async () => {
      const page = await session.open();
      if (reduce) await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.getByRole('button', { name: 'Presentation mode' }).click();
      const slider = page.getByRole('slider', { name: 'Time' });
      await slider.waitFor();
      const horizon = Number(await slider.getAttribute('max'));
      const time = async () => Number(await slider.inputValue());
      const play = page.getByRole('button', { name: /Play/ });
      await play.click();
      if (reduce) {
        expect(await play.textContent()).toBe('▶ Play (step)');
        expect(await time()).toBeCloseTo(horizon / 8, 6);
        await page.waitForTimeout(600);
        // Still there: nothing moves by itself.
        expect(await time()).toBeCloseTo(horizon / 8, 6);
        expect(await play.getAttribute('aria-pressed')).toBe('false');
        await play.click();
        expect(await time()).toBeCloseTo((2 * horizon) / 8, 6);
      } else {
        const first = await time();
        await page.waitForTimeout(600);
        expect(await time()).toBeGreaterThan(first);
      }
      await session.app.context.close();
    });
  }
});
