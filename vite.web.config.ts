import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { RENDERER_CHUNKS } from './scripts/rendererChunks';

/** The service worker's file, next to index.html; the page registers it only in this build (bridge/serviceWorker.ts). */
const SERVICE_WORKER = 'sw.js';

// The renderer as a plain website: `npm run web` serves it, `npm run build:web` writes dist-web/.
// base './' keeps every asset path relative, so dist-web works from any static server or folder.
// K2_DIST_WEB names another output folder, so two checkouts' e2e runs on one machine don't overwrite each other.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [
    react(),
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
    // The same chunks as the desktop build (scripts/rendererChunks.ts).
    rolldownOptions: { output: RENDERER_CHUNKS },
  },
  server: { port: 5173, strictPort: false },
});
