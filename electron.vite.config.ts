import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicyForMeta } from './main/security';
import { RENDERER_CHUNKS } from './scripts/rendererChunks';

// electron-vite layout: main/ (main process), main/preload/ (preload), renderer/ (React app, shared with the
// web build in vite.web.config.ts). Everything is written to out/{main,preload,renderer}.
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Puts the production CSP into the built index.html as a meta tag. main/index.ts also sends it as a header,
 * but Electron does not reliably run webRequest hooks for file:// pages, and the meta tag always applies.
 * Build only: the dev server gets the looser dev policy from the header.
 */
function cspMetaTag(): Plugin {
  return {
    name: 'k2-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicyForMeta() },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  main: {
    build: {
      // Bundle zod and the sim schema into main: the packaged app then needs nothing from node_modules.
      externalizeDeps: false,
      rolldownOptions: { input: { index: fromRoot('./main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): bundle every dependency into one CommonJS file
      // (.cjs, because package.json says "type": "module" and Electron loads sandboxed preloads as scripts).
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('./main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: fromRoot('./renderer'),
    plugins: [react(), cspMetaTag()],
    build: {
      // The same chunks as the web build (scripts/rendererChunks.ts).
      rolldownOptions: { input: { index: fromRoot('./renderer/index.html') }, output: RENDERER_CHUNKS },
      chunkSizeWarningLimit: 1500,
    },
  },
});
