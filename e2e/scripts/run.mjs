// Runs the Playwright journeys in Debian's Chromium. Installs Chromium with apt when it is
// missing and we are allowed to (root with apt-get); otherwise says how, and fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { node24 } from '../../infra/scripts/node24.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const here = join(dirname(fileURLToPath(import.meta.url)), '..');

if (!existsSync(CHROMIUM)) {
  const canInstall = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (!canInstall) {
    process.stderr.write(
      `Chromium is missing at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)\n`,
    );
    process.exit(1);
  }
  process.stdout.write('Installing Chromium for the browser tests (apt-get install chromium)…\n');
  const apt = (args) =>
    spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status;
  if (apt(['update', '-qq']) !== 0 || apt(['install', '-y', '-qq', '--no-install-recommends', 'chromium']) !== 0) {
    process.stderr.write('Could not install Chromium with apt-get.\n');
    process.exit(1);
  }
}

const result = spawnSync(
  node24,
  [join(here, '..', 'node_modules', '@playwright', 'test', 'cli.js'), 'test', ...process.argv.slice(2)],
  {
    cwd: here,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  },
);
process.exit(result.status ?? 1);
