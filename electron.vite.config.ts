import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { appChunkPreloadPlugin } from './scripts/app-chunk-preload-plugin.ts';
import { holidayCalendarsPlugin } from './scripts/holiday-calendars-plugin.ts';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          // Import files are read in a process of their own; read-table.ts starts this entry with a heap cap.
          'reader-process': resolve(import.meta.dirname, 'electron/services/import/reader-process.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages, so everything it uses is bundled into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [react(), holidayCalendarsPlugin(), appChunkPreloadPlugin('/renderer/src/boot.tsx')],
    resolve: {
      alias: [
        /*
         * The holiday engine reaches moment-timezone through caldate, whose entry point loads every
         * time zone of the world (~700 kB). The renderer only asks for plain local dates (see
         * shared/capacity/holidays.ts), so it gets the library without the zone data.
         */
        {
          find: /^moment-timezone$/,
          replacement: resolve(import.meta.dirname, 'node_modules/moment-timezone/moment-timezone.js'),
        },
      ],
    },
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified by default; parsing is most of a cold start.
      minify: true,
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
