/**
 * One browser harness per describe block, and a fresh app page per test: the setup the export and file
 * tests share.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { newAppPage, startBrowserHarness, type AppPage, type BrowserHarness } from './browser';

/** The MK-7 curve of the plasma chart: drawn once the app has simulated the default scenario. */
export const mk7PlasmaPath = (page: Page) =>
  page.locator('[data-testid=plasma-chart] .curve-mk7 path.recharts-curve');

export interface AppSession {
  /** The harness started in beforeAll. */
  readonly harness: BrowserHarness;
  /** The page the last open() made. */
  readonly app: AppPage;
  /** A new 1400 × 900 app page, once its MK-7 plasma curve is drawn. */
  open: () => Promise<Page>;
}

/** Call inside describe: starts the harness in beforeAll and closes it in afterAll. */
export function useAppSession(): AppSession {
  let harness: BrowserHarness | undefined;
  let app: AppPage | undefined;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });
  return {
    get harness() {
      if (!harness) throw new Error('the browser harness is not started yet');
      return harness;
    },
    get app() {
      if (!app) throw new Error('no app page opened yet');
      return app;
    },
    open: async () => {
      if (!harness) throw new Error('the browser harness is not started yet');
      app = await newAppPage(harness.browser, harness.server.url, { width: 1400, height: 900 });
      await mk7PlasmaPath(app.page).waitFor();
      return app.page;
    },
  };
}
