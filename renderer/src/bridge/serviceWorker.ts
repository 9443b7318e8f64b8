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

/** Registers the service worker after the page has loaded, so precaching never competes with the first chart. */
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
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
