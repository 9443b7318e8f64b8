import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** react, react-dom and their scheduler: the first render runs nearly all of their code. */
const REACT_MODULES = /node_modules[\\/](react|react-dom|scheduler)[\\/]/;

/** The service worker's file, next to index.html; the page registers it only in this build (bridge/serviceWorker.ts). */
const SERVICE_WORKER = 'sw.js';

/**
 * The first Intl.NumberFormat of a page loads the browser's number-formatting data (ICU): about 20 ms that the
 * first chart's axis labels would wait for. A tiny inline script pays it while the app's script is still being
 * downloaded and compiled off the main thread, which is idle then. Web build only: the desktop app's CSP
 * allows no inline script.
 */
function warmNumberFormatting(): Plugin {
  return {
    name: 'k2-warm-number-formatting',
    transformIndexHtml: () => [
      {
        tag: 'script',
        children: 'try{new Intl.NumberFormat(navigator.language).format(1.5)}catch(e){}',
        injectTo: 'body',
      },
    ],
  };
}

// The renderer as a plain website: `npm run web` serves it, `npm run build:web` writes dist-web/.
// base './' keeps every asset path relative, so dist-web works from any static server or folder.
// K2_DIST_WEB names another output folder, so two checkouts' e2e runs on one machine don't overwrite each other.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [
    react(),
    warmNumberFormatting(),
    // An installable web app that works offline after one visit: Workbox precaches every file of the build
    // (the page, its scripts and workers, styles, icons). The desktop app's build (electron.vite.config.ts)
    // has no service worker.
    VitePWA({
      filename: SERVICE_WORKER,
      injectRegister: false,
      registerType: 'autoUpdate',
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'K2 Kinetics',
        short_name: 'K2 Kinetics',
        description:
          'Educational pharmacokinetics simulator for vitamin K2 (MK-4, MK-7) and K1. Not dosing advice.',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#0072b2',
        background_color: '#f4f6f9',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,png,woff2,webmanifest}'],
        // The main chunk with recharts is over Workbox's 2 MiB default; it must be cached for offline use.
        maximumFileSizeToCacheInBytes: 8_000_000,
        // A new build replaces the old one at the next visit; the old cache is removed.
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  define: {
    'import.meta.env.VITE_K2_SERVICE_WORKER': JSON.stringify(SERVICE_WORKER),
  },
  build: {
    outDir: fileURLToPath(new URL(`./${process.env.K2_DIST_WEB ?? 'dist-web'}`, import.meta.url)),
    emptyOutDir: true,
    // recharts is large; one chunk is fine for an app loaded once.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Everything the first chart needs (the modules the entry imports statically) in two chunks next to the
        // entry, rather than a dozen small shared chunks fetched one by one; export, presentation, population
        // and sensitivity code stays in chunks of its own, fetched when first used. React is the second initial
        // chunk: the browser compiles each downloaded script on a background thread while the page waits, two
        // at once in parallel. Nearly every function of react-dom runs in the first render, so its chunk asks
        // V8 to compile them all there (Chromium's compile hint comment) instead of one by one on the main
        // thread during the render: 12 ms less main-thread work at a cold start, while its background compile
        // (about 27 ms, as long as the app chunk's) runs beside the app chunk's.
        codeSplitting: {
          groups: [
            { name: 'react', test: REACT_MODULES, tags: ['$initial'], priority: 2 },
            { name: 'app', tags: ['$initial'], priority: 1 },
          ],
        },
        postBanner: (chunk) => (chunk.name === 'react' ? '//# allFunctionsCalledOnLoad' : ''),
      },
    },
  },
  server: { port: 5173, strictPort: false },
});
