import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer as a plain website: `npm run web` serves it, `npm run build:web` writes dist-web/.
// base './' keeps every asset path relative, so dist-web works from any static server or folder.
// K2_DIST_WEB names another output folder, so two checkouts' e2e runs on one machine don't overwrite each other.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL(`./${process.env.K2_DIST_WEB ?? 'dist-web'}`, import.meta.url)),
    emptyOutDir: true,
    // recharts is large; one chunk is fine for an app loaded once.
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173, strictPort: false },
});
