/**
 * Issue 18 §5: the browser version is an installable web app that works offline after one visit. In real
 * Chromium: the first visit (network on) installs the service worker, which takes control of the page; then
 * the context goes offline, the page reloads from the service worker's cache alone, and the chart still draws
 * curves. The static server is also stopped from answering, so nothing can come from the network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAppPage, serveStatic, startBrowserHarness, type BrowserHarness } from './support/browser';

/** The plasma chart's curve paths with a drawn line (a `d` with more than a few points). */
const CURVE_PATHS = `Array.from(document.querySelectorAll('svg path'))
  .filter((p) => (p.getAttribute('d') ?? '').split(/[LC]/).length > 20).length`;

describe('offline after one visit (chromium)', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('has a web app manifest with a name, a theme colour and 192 and 512 px PNG icons', async () => {
    const { page, context, errors } = await newAppPage(harness.browser, harness.server.url);
    try {
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBeTruthy();
      const manifestUrl = new URL(href!, harness.server.url).href;
      const manifest = (await (await page.request.get(manifestUrl)).json()) as {
        name: string;
        theme_color: string;
        display: string;
        icons: { src: string; sizes: string; type: string }[];
      };
      expect(manifest.name).toBe('K2 Kinetics');
      expect(manifest.display).toBe('standalone');
      expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
      for (const size of [192, 512]) {
        const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}`);
        expect(icon?.type).toBe('image/png');
        // The PNG really is that size: read its IHDR (width and height at bytes 16-23).
        const bytes = await (await page.request.get(new URL(icon!.src, manifestUrl).href)).body();
        expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([size, size]);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('after one visit with the network on, a reload with the network off still charts', async () => {
    // Its own server, so it can be shut down: offline means no answer from anywhere, not only an emulation.
    const server = await serveStatic();
    let serverOpen = true;
    // A context of its own: the shared helper blocks service workers, this test needs one.
    const context = await harness.browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    try {
      await expect.poll(() => page.evaluate(CURVE_PATHS), { timeout: 30_000 }).toBeGreaterThan(0);
      // Installed (its precache filled before it activates) and in control of this page (clientsClaim).
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
        .toBe(true);

      await server.close();
      serverOpen = false;
      await context.setOffline(true);
      await page.reload();
      await expect.poll(() => page.evaluate(CURVE_PATHS), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await page.getByRole('heading', { name: 'K2 Kinetics', level: 1 }).isVisible()).toBe(true);
      // The network really is off: a request the service worker does not serve fails.
      const probe = await page.evaluate(() =>
        fetch(`./not-cached-${Date.now()}.txt`).then(
          () => 'answered',
          () => 'failed',
        ),
      );
      expect(probe).toBe('failed');
      // The only errors are the refused requests' (the probe's), never the app's.
      expect(
        errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(e)),
      ).toEqual([]);
    } finally {
      await context.close();
      if (serverOpen) await server.close();
    }
  });
});
