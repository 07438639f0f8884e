import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Built into dist/renderer with relative URLs, so Electron's app:// protocol and web mode serve the same files. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    // Relative to `root`: <repo>/dist/renderer.
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // A single stylesheet file: the CSP allows no inline styles.
    cssCodeSplit: false,
    // Inline assets would become data: URLs for scripts/fonts, which the CSP refuses.
    assetsInlineLimit: 0,
    target: 'es2022',
  },
});
