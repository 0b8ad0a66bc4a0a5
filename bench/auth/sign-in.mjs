// Sign-in throughput and latency with the default argon2id parameters (19 MiB, t=2, p=1).
// Usage: npm run build && node bench/auth/sign-in.mjs   → bench/results/sign-in.json
import autocannon from 'autocannon';
import { hash } from '@node-rs/argon2';
import { randomInt } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../infra/scripts/node24.mjs';
import { machine, startServer } from '../lib/server.mjs';

const CONNECTIONS = [1, 4, 16];
const DURATION_SECONDS = 15;
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** The hash alone, in-process: the floor under every sign-in. */
async function hashMedianMs(samples = 30) {
  const times = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await hash('correct horse battery staple', { ...ARGON2, algorithm: 2 });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(samples / 2)] * 10) / 10;
}

const server = await startServer({ env: { TRUST_PROXY: 'true' } });
try {
  const session = await fetch(`${server.url}/api/auth/session`);
  const csrf = (await session.json()).csrfToken;
  const cookie = session.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const body = JSON.stringify({ email: 'amara.okoye@example.org', password: 'fenmoor demo password' });
  const runs = [];
  for (const connections of CONNECTIONS) {
    const result = await autocannon({
      url: `${server.url}/api/auth/sign-in`,
      method: 'POST',
      connections,
      duration: DURATION_SECONDS,
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie },
      body,
      // A different client address per request, so the per-IP limit (60 per 15 minutes) does not
      // turn the benchmark into a measurement of 429s.
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            headers: {
              ...req.headers,
              'x-forwarded-for': `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`,
            },
          }),
        },
      ],
    });
    runs.push({
      connections,
      requestsPerSecond: Math.round(result.requests.average * 10) / 10,
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p97_5: result.latency.p97_5,
        p99: result.latency.p99,
      },
      non2xx: result.non2xx,
      errors: result.errors,
    });
    process.stdout.write(
      `connections=${connections}: ${runs.at(-1).requestsPerSecond} sign-ins/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}\n`,
    );
  }
  const report = {
    benchmark: 'sign-in',
    date: new Date().toISOString(),
    machine: machine(),
    parameters: {
      argon2id: ARGON2,
      durationSeconds: DURATION_SECONDS,
      endpoint: 'POST /api/auth/sign-in (correct password, new session each time)',
    },
    argon2HashMedianMs: await hashMedianMs(),
    runs,
    serverRssMbAfter: await server.rssMb(),
    notes: 'autocannon reports p97.5 rather than p95; p90 and p97.5 bracket it.',
  };
  writeFileSync(join(repoRoot, 'bench', 'results', 'sign-in.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(
    `argon2id hash median ${report.argon2HashMedianMs} ms; server RSS ${report.serverRssMbAfter} MB\n`,
  );
} finally {
  await server.stop();
}
