// `npm test`: lints, builds and type-checks everything, runs every test tier, and ends with one
// summary line ("Tests: N passed, N failed, N skipped"). Tiers run one after another (the
// machine has two cores) and all run even when an earlier one (or the lint) fails.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { nx, repoRoot, run } from './run.mjs';
import { summarise } from './test-reports.mjs';

const reports = join(repoRoot, '.reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const steps = [];
const step = async (name, fn) => {
  const started = Date.now();
  process.stdout.write(`\n━━ ${name}\n`);
  const code = await fn();
  steps.push({ name, code, seconds: Math.round((Date.now() - started) / 100) / 10 });
  return code;
};

// npm puts node_modules/.bin (Node 24) first on PATH for the workspace's own script.
const workspaceTest = (workspace) => run('npm', ['test', '-w', workspace]);

// Lint first: it needs no build and is the quickest to report. A finding fails the run, but the
// tiers still run so one `npm test` shows everything.
const linted = await step('lint (ESLint, Prettier)', () => run('npm', ['run', 'lint', '--silent']));

if ((await step('build', () => nx(['run-many', '-t', 'build', '--output-style=static']))) !== 0) {
  process.stdout.write('\nBuild failed: no tests were run.\n0 passed, 1 failed\n');
  process.exit(1);
}
await step('typecheck', () => nx(['run-many', '-t', 'typecheck', '--output-style=static']));
await step('contracts unit tests', () => workspaceTest('@commonroom/contracts'));
await step('client unit tests', () => workspaceTest('@commonroom/client'));
await step('server unit, integration and API e2e tests', () => workspaceTest('@commonroom/server'));
await step('browser journeys (Playwright, Chromium)', () => workspaceTest('@commonroom/e2e'));

const summary = summarise(reports, readFileSync);
process.stdout.write('\n━━ Summary\n');
for (const s of steps) process.stdout.write(`  ${s.code === 0 ? 'ok  ' : 'FAIL'}  ${s.name} (${s.seconds}s)\n`);
for (const tier of summary.tiers)
  process.stdout.write(
    `  ${tier.name.padEnd(12)} ${tier.passed} passed, ${tier.failed} failed${tier.skipped ? `, ${tier.skipped} skipped` : ''}\n`,
  );
// The last lines of a CI log are often all anyone sees: name what failed there.
for (const f of summary.failures) process.stdout.write(`  failed: ${f}\n`);
if (linted !== 0) process.stdout.write('  failed: lint (see `npm run lint`; `npm run format` fixes most findings)\n');
for (const s of summary.skips) process.stdout.write(`  skipped: ${s}\n`);
const failedSteps = steps.filter((s) => s.code !== 0).length;
const failed = summary.failed + (summary.failed === 0 ? failedSteps : 0);
process.stdout.write(
  `Tests: ${summary.passed} passed, ${failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}\n`,
);
process.exit(failedSteps > 0 || summary.failed > 0 ? 1 : 0);
