/**
 * The browser version works offline after one visit: its build (vite.web.config.ts) has a service worker that
 * precaches every file. Registered only there: the desktop app loads from file:// and has no service worker,
 * and a page with the Electron bridge never registers one.
 */

/** Where the service worker is, or null when this page must not register one (and why not, for the tests). */
export function serviceWorkerUrl(page: {
  /** import.meta.env.VITE_K2_SERVICE_WORKER: set by the web build only. */
  workerFile: string | undefined;
  production: boolean;
  protocol: string;
  hasElectronBridge: boolean;
  supported: boolean;
}): string | null {
  if (!page.workerFile || !page.production || page.hasElectronBridge || !page.supported) return null;
  // Service workers need http(s) (a secure context: https, or http on localhost).
  if (page.protocol !== 'https:' && page.protocol !== 'http:') return null;
  return `./${page.workerFile}`;
}

/**
 * Registers the service worker once the page has loaded and then gone idle: installing it precaches the whole
 * build (about 2.8 MB), which must not compete with the first chart and the sections drawn after it.
 */
export function registerServiceWorker(): void {
  const url = serviceWorkerUrl({
    workerFile: import.meta.env.VITE_K2_SERVICE_WORKER as string | undefined,
    production: import.meta.env.PROD,
    protocol: window.location.protocol,
    hasElectronBridge: window.k2 !== undefined,
    supported: 'serviceWorker' in navigator,
  });
  if (url === null) return;
  const register = () => {
    navigator.serviceWorker
      .register(url)
      .catch((error: unknown) => console.warn('Offline use is not available:', error));
  };
  // Safari has no requestIdleCallback: a few seconds after load instead.
  const whenIdle = () =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(register, { timeout: 5000 })
      : window.setTimeout(register, 3000);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
