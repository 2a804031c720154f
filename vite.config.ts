import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'app',
  // Relative asset URLs: Electron loads the page from a file:// URL.
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Loaded from disk or loopback, never over a network: one bundle is fine.
    chunkSizeWarningLimit: 1500,
    // No inline module-preload polyfill: CSP allows scripts from 'self' only.
    modulePreload: { polyfill: false },
  },
});
