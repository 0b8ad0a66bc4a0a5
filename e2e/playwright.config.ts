import { defineConfig } from '@playwright/test';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_PORT, MAIL_API, PG_PORT, SMTP_PORT } from './support/ports';

const dataRoot = mkdtempSync(join(tmpdir(), 'commonroom-e2e-'));
chmodSync(dataRoot, 0o755); // reachable by the postgres user when run as root

/**
 * Browser journeys against the built client and server, in Debian's Chromium (never a
 * downloaded browser). The server starts its own embedded PostgreSQL in a fresh temporary
 * directory and seeds the demo region, exactly as `npm start` does, and sends its email over
 * SMTP to a real test SMTP server (`support/smtp-sink.mjs`) that journeys read through
 * `tests/dev-mail.ts`. Activity emails wait one second rather than two minutes for more posts.
 */
export default defineConfig({
  testDir: './tests',
  testMatch: '**/*.pw.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: '../.reports/browser.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `node support/smtp-sink.mjs ${SMTP_PORT} ${new URL(MAIL_API).port}`,
      url: `${MAIL_API}/healthz`,
      timeout: 10_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node ../server/dist/main.js',
      url: `http://127.0.0.1:${APP_PORT}/readyz`,
      timeout: 90_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        NODE_ENV: 'development',
        PORT: String(APP_PORT),
        EMBEDDED_PG_DIR: join(dataRoot, 'pg'),
        EMBEDDED_PG_PORT: String(PG_PORT),
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'true',
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        EMAIL_BATCH_SECONDS: '1',
      },
    },
  ],
});
