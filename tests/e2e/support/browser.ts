/**
 * Shared harness for the browser end-to-end tests: serves dist-web/ on a free port with node:http and
 * launches Debian's Chromium through playwright-core (no downloaded browser).
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

// K2_DIST_WEB (a folder name at the top level) matches vite.web.config.ts, for parallel builds.
export const DIST_WEB = resolve(
  fileURLToPath(new URL(`../../../${process.env.K2_DIST_WEB ?? 'dist-web'}`, import.meta.url)),
);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves a folder (default dist-web/) on 127.0.0.1 and a free port. Refuses paths outside the folder. */
export async function serveStatic(root: string = DIST_WEB): Promise<StaticServer> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run \`npm run build:web\` first (npm run e2e does).`);
  }
  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
      if (!file.startsWith(root + sep) && file !== root) {
        res.writeHead(403).end();
        return;
      }
      try {
        const info = await stat(file);
        if (!info.isFile()) throw new Error('not a file');
        res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(await readFile(file));
      } catch {
        res.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Chromium from K2_CHROMIUM_PATH, CHROMIUM_PATH, else /usr/bin/chromium. */
export function chromiumPath(): string {
  const path = process.env['K2_CHROMIUM_PATH'] ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install Debian's chromium or set K2_CHROMIUM_PATH (or CHROMIUM_PATH) to a Chromium binary.`,
    );
  }
  return path;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/** A page with console errors and uncaught exceptions collected, for "loads without errors" checks. */
export interface AppPage {
  page: Page;
  context: BrowserContext;
  errors: string[];
}

/** What else a page's browser context may be: the system's colour scheme, a phone's touch screen. */
export interface PageMedia {
  colorScheme?: 'light' | 'dark';
  hasTouch?: boolean;
  isMobile?: boolean;
}

export async function newAppPage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = { width: 1280, height: 720 },
  deviceScaleFactor = 1,
  media: PageMedia = {},
): Promise<AppPage> {
  // No service worker (the web build's offline cache, tests/e2e/offline.test.ts): its first-visit precaching
  // would compete with what these tests time.
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor,
    acceptDownloads: true,
    serviceWorkers: 'block',
    ...media,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, context, errors };
}

/** Everything a test file needs for a browser run; close it in afterAll. */
export interface BrowserHarness {
  browser: Browser;
  server: StaticServer;
  close: () => Promise<void>;
}

export async function startBrowserHarness(): Promise<BrowserHarness> {
  const server = await serveStatic();
  const browser = await launchChromium();
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Reloads the page with the saved session: a large one asks first ("Your last session is large"), which is
 * answered Load; a small one is restored at once. Resolves with which of the two happened once `chart` is drawn.
 */
export async function reloadSession(page: Page, chart: Locator): Promise<'asked' | 'loaded'> {
  await page.reload();
  const prompt = page.locator('[role=alertdialog]').filter({ hasText: /Your last session is large/ });
  const first = await Promise.race([
    prompt.waitFor({ timeout: 60_000 }).then(() => 'asked' as const),
    chart
      .first()
      .waitFor({ timeout: 60_000 })
      .then(() => 'loaded' as const),
  ]);
  if (first === 'asked') await prompt.getByRole('button', { name: 'Load' }).click();
  return first;
}
