/**
 * Issue 19 §9, figures that survive print and projection, checked on the exported files themselves in
 * Chromium: every text of the slide preset is at least 3.3% of the slide's height; in the print preset the
 * compounds differ by dash pattern and marker, not only by colour (a grayscale rendering keeps them apart);
 * no legend or footer text runs outside the figure or over other text. The grayscale renderings are saved to
 * docs/screenshots/ for the README.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureDownload } from './support/files';
import { useAppSession } from './support/session';

const SHOTS = join(resolve(fileURLToPath(new URL('../..', import.meta.url))), 'docs', 'screenshots');

async function exportSvg(page: Page, preset: 'Slide 16:9' | 'Print (8.5 cm column)'): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('radio', { name: preset }).check();
  const file = await captureDownload(page, () =>
    page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'SVG image' }).click(),
  );
  return file.text;
}

interface TextBox {
  text: string;
  fontPx: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Shows the SVG alone in the page (grayscale when asked) and measures every text as the browser lays it out. */
async function layOut(
  page: Page,
  svg: string,
  grayscale: boolean,
): Promise<{ boxes: TextBox[]; w: number; h: number }> {
  await page.setContent(
    `<!doctype html><body style="margin:0;background:#fff">` +
      `<div id="fig" style="filter:${grayscale ? 'grayscale(1)' : 'none'};display:inline-block">${svg}</div></body>`,
  );
  // Boxes as laid out on the page (rotated axis titles included), in the figure's own units.
  return page.evaluate(`(() => {
    const svg = document.querySelector('#fig svg');
    const vb = svg.viewBox.baseVal;
    const frame = svg.getBoundingClientRect();
    const k = vb.width / frame.width;
    const boxes = [...svg.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim() !== '')
      .map((t) => {
        const b = t.getBoundingClientRect();
        return {
          text: t.textContent,
          fontPx: parseFloat(getComputedStyle(t).fontSize),
          x: (b.left - frame.left) * k,
          y: (b.top - frame.top) * k,
          width: b.width * k,
          height: b.height * k,
        };
      });
    return { boxes, w: vb.width, h: vb.height };
  })()`);
}

const overlaps = (a: TextBox, b: TextBox) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

describe('figures for slides and print (chromium)', () => {
  const session = useAppSession();

  it('slide: every text is at least 3.3% of the slide height, inside the figure, not over other text', async () => {
    const page = await session.open();
    const svg = await exportSvg(page, 'Slide 16:9');
    const { boxes, w, h } = await layOut(page, svg, false);
    expect(boxes.length).toBeGreaterThan(10);
    const small = boxes.filter((b) => b.fontPx < 0.033 * h).map((b) => `${b.text} (${b.fontPx} px)`);
    expect(small).toEqual([]);
    const outside = boxes.filter(
      (b) => b.x < -0.5 || b.y < -0.5 || b.x + b.width > w + 0.5 || b.y + b.height > h + 0.5,
    );
    expect(outside.map((b) => b.text)).toEqual([]);
    const clashes: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => overlaps(a, b) && clashes.push(`${a.text} / ${b.text}`)),
    );
    expect(clashes).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'figure-slide.png'), fullPage: true });
  });

  it('print in grayscale: compounds differ by dash and marker; legend and footer are whole', async () => {
    const page = await session.open();
    const svg = await exportSvg(page, 'Print (8.5 cm column)');
    const { boxes, w, h } = await layOut(page, svg, true);
    await page.screenshot({ path: join(SHOTS, 'figure-print-grayscale.png'), fullPage: true });
    // Each compound's curve has its own dash pattern: in gray, colour cannot tell them apart.
    const dashes = await page.evaluate(`(() => {
      const out = {};
      for (const id of ['mk7', 'mk4', 'k1']) {
        const path = document.querySelector('#fig .curve-' + id + ' path');
        out[id] = path ? (path.getAttribute('stroke-dasharray') ?? 'solid') : null;
      }
      return out;
    })()`);
    const styles = Object.values(dashes as Record<string, string | null>);
    expect(styles.every((s) => s !== null)).toBe(true);
    expect(new Set(styles).size).toBe(3);
    // Nothing cut: no text outside the figure, no ellipsis, the sources line is there.
    const outside = boxes.filter(
      (b) => b.x < -0.5 || b.y < -0.5 || b.x + b.width > w + 0.5 || b.y + b.height > h + 0.5,
    );
    expect(outside.map((b) => b.text)).toEqual([]);
    expect(boxes.filter((b) => b.text.includes('…')).map((b) => b.text)).toEqual([]);
    expect(boxes.some((b) => /Sources?:/.test(b.text))).toBe(true);
    for (const label of ['MK-7', 'MK-4', 'K1']) expect(boxes.some((b) => b.text.trim() === label)).toBe(true);
  });
});
