import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { testDatabaseUrl } from './database';
import { TEST_SECRET_KEY } from './test-app';

const MAIN = join(__dirname, '..', '..', 'dist', 'main.js');

/** The built server (`dist/main.js`) as its own process on this worker's test database. */
export interface ServerProcess {
  readonly baseUrl: string;
  /** Ends the process with SIGKILL: no shutdown hooks, connections dropped mid-flight. */
  kill(): Promise<void>;
  /** Ends the process with SIGTERM (a clean shutdown). */
  stop(): Promise<void>;
  /** True once the process has ended, for whatever reason. */
  exited(): boolean;
  /** What it wrote to stderr so far. */
  errors(): string;
}

/**
 * Starts the server on `port` and resolves once `/readyz` answers. Requires `npm run build -w @commonroom/server`.
 * By default it uses this worker's test database; `options` can point it elsewhere and add settings.
 */
export async function startServerProcess(
  port: number,
  options: { databaseUrl?: string; env?: Record<string, string> } = {},
): Promise<ServerProcess> {
  if (!existsSync(MAIN))
    throw new Error(`Build the server first (npm run build -w @commonroom/server): ${MAIN} is missing`);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    PORT: String(port),
    DATABASE_URL: options.databaseUrl ?? (await testDatabaseUrl()),
    MIGRATE_ON_START: 'false',
    SEED_DEMO: 'false',
    SERVE_CLIENT: 'false',
    OUTBOX_DISPATCH: 'false',
    SECRET_KEY: TEST_SECRET_KEY,
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(child, baseUrl, () => errors);
  const end = (signal: NodeJS.Signals) => async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  return { baseUrl, kill: end('SIGKILL'), stop: end('SIGTERM'), exited, errors: () => errors };
}

async function waitUntilReady(child: ChildProcess, baseUrl: string, errors: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}: ${errors()}`);
    if (
      await fetch(`${baseUrl}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`The server did not become ready: ${errors()}`);
}
