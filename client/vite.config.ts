/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress';

/** The API server in development; `npm run dev` at the root starts it on this port. */
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    port: 5173,
    // Same-origin in development too, so cookies and CSRF behave exactly as in production.
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget },
      '/readyz': { target: apiTarget },
      '/socket.io': { target: apiTarget, ws: true },
      // The server's development outbox page, linked from "Check your email".
      '/dev/mail': { target: apiTarget },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than our code: separate files stay cached across
        // deploys, so a returning teacher on a slow connection downloads only the app chunk. Only
        // what every page runs is grouped; the rest (Mantine's components, socket.io) is split with
        // the screens that use it, so a page loads only what it needs (`lazyScreen`).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 3 },
            {
              name: 'vendor',
              test: /node_modules[\\/](zod|i18next|react-i18next|@tanstack|use-sync-external-store)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.spec.{ts,tsx}'],
    // Mantine's CSS is irrelevant to behaviour and slow to process.
    css: false,
    // A whole user journey in jsdom (type, submit, re-render) takes 1–3 s here and more on a busy
    // CI machine; the 5 s default failed one such test there. findBy* still waits at most 5 s.
    testTimeout: 20_000,
    restoreMocks: true,
    unstubGlobals: true,
  },
});
