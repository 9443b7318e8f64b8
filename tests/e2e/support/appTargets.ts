/**
 * The targets the app suite runs against: Chromium on the built web renderer always; Electron when a
 * binary and a built main process exist (otherwise the reason is printed and the Electron run skipped).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type Page } from 'playwright-core';
import { newAppPage, startBrowserHarness, type BrowserHarness } from './browser';
import { electronBinaryPath } from './electron';

export interface AppSession {
  page: Page;
  /** Console errors and uncaught exceptions so far. */
  errors: string[];
  close: () => Promise<void>;
}

export interface AppTarget {
  name: 'chromium' | 'electron';
  /** Null when the target can run; otherwise why it is skipped. */
  skipReason: string | null;
  setup: () => Promise<void>;
  teardown: () => Promise<void>;
  /** A fresh app with no saved session, at the given viewport. */
  open: (viewport?: { width: number; height: number }) => Promise<AppSession>;
}

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const ELECTRON_MAIN = join(ROOT, 'out', 'main', 'index.js');

export function chromiumTarget(): AppTarget {
  let harness: BrowserHarness | null = null;
  return {
    name: 'chromium',
    skipReason: null,
    setup: async () => {
      harness = await startBrowserHarness();
    },
    teardown: async () => {
      await harness?.close();
    },
    open: async (viewport) => {
      if (!harness) throw new Error('chromium target not set up');
      const { page, context, errors } = await newAppPage(harness.browser, harness.server.url, viewport);
      return { page, errors, close: () => context.close() };
    },
  };
}

export function electronTarget(): AppTarget {
  const binary = electronBinaryPath();
  const skipReason =
    binary === null
      ? 'no Electron binary (node_modules/electron has no downloaded binary; install one to run the suite on Electron)'
      : !existsSync(ELECTRON_MAIN)
        ? `no built main process at ${ELECTRON_MAIN} (run \`npm run build\` first)`
        : null;
  return {
    name: 'electron',
    skipReason,
    setup: async () => {},
    teardown: async () => {},
    open: async (viewport = { width: 1280, height: 720 }) => {
      // A fresh profile per app, so no saved session leaks between tests.
      const userData = mkdtempSync(join(tmpdir(), 'k2-e2e-'));
      const app = await _electron.launch({
        executablePath: binary!,
        args: [ELECTRON_MAIN, `--user-data-dir=${userData}`, '--no-sandbox', '--disable-gpu'],
        env: { ...process.env, K2_USER_DATA_DIR: userData },
      });
      const page = await app.firstWindow();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setViewportSize(viewport);
      return {
        page,
        errors,
        close: async () => {
          await app.close();
          rmSync(userData, { recursive: true, force: true });
        },
      };
    },
  };
}
