// The forum benchmarks in order: seed (skipped when the bench database is already seeded), HTTP,
// then live delivery. Each is its own process, as each starts and stops its own PostgreSQL.
// Usage: npm run build && node bench/forums/run.mjs [--fresh]
//   → bench/results/forums-http.json and bench/results/forums-live.json (about 10 minutes with a fresh seed)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { node24 } from '../../infra/scripts/node24.mjs';

const steps = [['seed.mjs', ...(process.argv.includes('--fresh') ? ['--fresh'] : [])], ['http.mjs'], ['live.mjs']];
for (const [script, ...args] of steps) {
  process.stdout.write(`\n== ${script} ${args.join(' ')}\n`);
  const { status } = spawnSync(node24, [join(import.meta.dirname, script), ...args], { stdio: 'inherit' });
  if (status !== 0) {
    process.stderr.write(`${script} failed (exit ${status})\n`);
    process.exit(status ?? 1);
  }
}
