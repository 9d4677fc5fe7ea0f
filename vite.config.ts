import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer is served two ways: from disk by Electron (file://) and by browser mode from
 * whatever port it picked. Relative asset paths (base './') work for both.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // antd is large and served from local disk, so one big chunk costs nothing on the wire.
    chunkSizeWarningLimit: 2500,
  },
});
