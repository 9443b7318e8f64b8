import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serviceWorkerUrl } from '../../renderer/src/bridge/serviceWorker';

const browser = {
  workerFile: 'sw.js',
  production: true,
  protocol: 'http:',
  hasElectronBridge: false,
  supported: true,
};

describe('serviceWorkerUrl: only the built browser version registers a service worker', () => {
  it('registers next to index.html over http and https', () => {
    expect(serviceWorkerUrl(browser)).toBe('./sw.js');
    expect(serviceWorkerUrl({ ...browser, protocol: 'https:' })).toBe('./sw.js');
  });

  it('never in the desktop app, from a file, in the dev server, or without support', () => {
    expect(serviceWorkerUrl({ ...browser, hasElectronBridge: true })).toBeNull();
    expect(serviceWorkerUrl({ ...browser, protocol: 'file:' })).toBeNull();
    expect(serviceWorkerUrl({ ...browser, workerFile: undefined })).toBeNull();
    expect(serviceWorkerUrl({ ...browser, production: false })).toBeNull();
    expect(serviceWorkerUrl({ ...browser, supported: false })).toBeNull();
  });

  it("the desktop build's config has no service worker and does not set the worker's file", () => {
    const electronConfig = readFileSync(new URL('../../electron.vite.config.ts', import.meta.url), 'utf8');
    expect(electronConfig).not.toMatch(/VitePWA|vite-plugin-pwa|VITE_K2_SERVICE_WORKER/);
  });
});
