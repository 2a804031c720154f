import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'app',
  // Relative asset URLs: the same build is served by the browser host and by Electron's app:// scheme.
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Loaded from disk or loopback, never over a network: the chunks are split for start-up parse
    // time (dialogs, the find fold table and the English table load on first use), not for transfer.
    chunkSizeWarningLimit: 1500,
    // One stylesheet, linked from index.html as before: a dialog loaded later brings no stylesheet of
    // its own to wait for, and the cascade order stays that of the imports.
    cssCodeSplit: false,
    // No inline module-preload polyfill: CSP allows scripts from 'self' only.
    modulePreload: { polyfill: false },
    // React and the editor (ProseMirror, TipTap) in chunks of their own, preloaded by index.html: the
    // browser parses the three on background threads side by side, not 800 KB on one.
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          if (/node_modules\/(@tiptap|prosemirror-|linkifyjs|orderedmap|rope-sequence|w3c-keyname)/.test(id)) return 'editor';
          return undefined;
        },
      },
    },
  },
});
