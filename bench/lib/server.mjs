// Starts the built server as a person would (embedded PostgreSQL in a temporary folder, demo
// seed) on loopback, and stops it afterwards. Benchmarks only ever target 127.0.0.1.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { node24, repoRoot } from '../../infra/scripts/node24.mjs';

export async function startServer({ port = 3900, env = {} } = {}) {
  const dataRoot = mkdtempSync(join(tmpdir(), 'commonroom-bench-'));
  chmodSync(dataRoot, 0o755);
  const child = spawn(node24, [join(repoRoot, 'server', 'dist', 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      EMBEDDED_PG_DIR: join(dataRoot, 'pg'),
      EMBEDDED_PG_PORT: String(port + 1),
      LOG_LEVEL: 'warn',
      SERVE_CLIENT: 'false',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    /** Resident memory of the server process, from its own Prometheus metrics. */
    async rssMb() {
      const text = await (await fetch(`${url}/metrics`)).text();
      return Math.round(Number(/^process_resident_memory_bytes (\d+)/m.exec(text)?.[1] ?? 0) / 1024 / 1024);
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

export function machine() {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}
