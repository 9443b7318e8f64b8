/**
 * Draws the app icon's PNGs (web app manifest, desktop installers) from renderer/public/icon.svg with
 * Chromium, so every size comes from the one drawing. Usage: npx tsx scripts/make-icons.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/support/browser';

const publicDir = fileURLToPath(new URL('../renderer/public/', import.meta.url));
const svg = readFileSync(`${publicDir}icon.svg`, 'utf8');

const browser = await launchChromium();
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const url = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<body style="margin:0"><img src="${url}" width="${size}" height="${size}" style="display:block"></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: `${publicDir}icon-${size}.png`, omitBackground: true });
    await page.close();
    console.log(`renderer/public/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
