// Regenerates docs/screens/*.png: runs the screen tests (tests/layout.pw.ts) against the built
// app with SCREENS_DIR set, so each screen's first view at desktop and phone size is copied there
// as <screen>-<desktop|phone>.png. Usage: npm run build && npm run screens
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { node24 } from '../../infra/scripts/node24.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..', '..', 'docs', 'screens');
mkdirSync(dir, { recursive: true });
// Start clean, so a screen that is renamed or removed leaves no stale picture behind.
for (const file of readdirSync(dir)) if (file.endsWith('.png')) rmSync(join(dir, file));

const result = spawnSync(node24, [join(here, 'run.mjs'), 'tests/layout.pw.ts', ...process.argv.slice(2)], {
  cwd: join(here, '..'),
  stdio: 'inherit',
  env: { ...process.env, SCREENS_DIR: dir },
});
const files = readdirSync(dir).filter((f) => f.endsWith('.png'));
const bytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
process.stdout.write(`${files.length} screenshots in docs/screens (${(bytes / 2 ** 20).toFixed(1)} MB)\n`);
if (result.status !== 0) process.stdout.write('Some screens break an invariant: the pictures show them as they are.\n');
process.exit(result.status ?? 1);
