import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap/create-app';
import { REPO_ROOT } from '../../src/bootstrap/boot';
import type { AppConfig } from '../../src/infrastructure/config/app-config';
import { loadConfig } from '../../src/infrastructure/config/load-config';
import { JobQueue } from '../../src/infrastructure/jobs/job-queue';
import type { PgBossJobQueue } from '../../src/infrastructure/jobs/pg-boss-job-queue';
import { openTestDataSource } from './data-source';
import { testDatabaseUrl } from './database';

/** A fixed key for tests only. */
export const TEST_SECRET_KEY = Buffer.alloc(32, 7).toString('base64');

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  baseUrl: string;
  /** fetch against the running app, with a path such as `/api/organisations`. */
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/**
 * Real external services a test may run against when the runner provides them (none can be
 * installed on the development machine): the one place tests read them from the environment.
 * Pass the result to `startTestApp`, so the app's own config parses and wires them.
 */
export function externalServicesEnv(): { MEILI_URL?: string; MEILI_API_KEY?: string } {
  const { MEILI_URL, MEILI_API_KEY } = process.env;
  return { ...(MEILI_URL ? { MEILI_URL } : {}), ...(MEILI_API_KEY ? { MEILI_API_KEY } : {}) };
}

/** Starts the real application on a random port against this worker's database. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  // A DATABASE_URL given here wins: a test that runs its own PostgreSQL (to restart it) passes one.
  const url = env.DATABASE_URL ?? (await testDatabaseUrl());
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      DATABASE_URL: url,
      SERVE_CLIENT: 'false',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      OUTBOX_POLL_MS: '200',
      JOBS_POLL_SECONDS: '0.5',
      SECRET_KEY: TEST_SECRET_KEY,
      SEARCH_CACHE_SECONDS: '0',
      ...env,
    },
    { repoRoot: REPO_ROOT, version: '0.0.0-test' },
  );
  const app = await createApp(config, { url, poolSize: 4 }, pino({ level: config.logging.level }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  const jobs = app.get(JobQueue) as PgBossJobQueue;
  const close = async () => {
    await app.close();
    await jobs.settled();
  };
  return { app, config, baseUrl, request: (path, init) => fetch(`${baseUrl}${path}`, init), close };
}

/**
 * Registers beforeAll/afterAll that start the app (trusting X-Forwarded-For, so each test client
 * has its own address) and open a data source on the same database for factories. Read `app` and
 * `dataSource` inside tests.
 */
export function useAppAndDatabase(env: Record<string, string> = {}): {
  readonly app: TestApp;
  readonly dataSource: DataSource;
} {
  const state = {} as { app: TestApp; dataSource: DataSource };
  beforeAll(async () => {
    state.app = await startTestApp({ TRUST_PROXY: 'true', ...env });
    state.dataSource = await openTestDataSource();
  });
  afterAll(async () => {
    await state.app?.close();
    await state.dataSource?.destroy();
  });
  return state;
}
