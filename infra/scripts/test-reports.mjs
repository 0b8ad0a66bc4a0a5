// Reads the JSON reports the runners write into .reports/ and counts results per tier.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const TIER_BY_SUFFIX = [
  [/\.int-spec\.ts$/, 'integration'],
  [/\.e2e-spec\.ts$/, 'api-e2e'],
  [/\.spec\.tsx?$/, 'unit'],
];

/** Jest and Vitest share a report format: testResults[].assertionResults[].status. */
function fromJestLike(report, tiers, failures, skips) {
  for (const file of report.testResults ?? []) {
    const tier = TIER_BY_SUFFIX.find(([pattern]) => pattern.test(file.name))?.[1] ?? 'unit';
    const assertions = file.assertionResults ?? [];
    // A file that failed to load has no assertions but counts as one failure.
    if (assertions.length === 0 && file.status === 'failed') add(tiers, tier, 'failed');
    if (assertions.length === 0 && file.status === 'failed')
      failures.push(`${shortName(file.name)}: ${firstLine(file.message)}`);
    for (const a of assertions) {
      add(tiers, tier, a.status === 'passed' ? 'passed' : a.status === 'failed' ? 'failed' : 'skipped');
      if (a.status === 'failed')
        failures.push(`${shortName(file.name)} › ${a.fullName ?? a.title}: ${firstLine(a.failureMessages?.[0])}`);
      // A skipped test names its reason (e.g. "… SKIPPED: set MEILI_URL …"): say it where everyone looks.
      else if (a.status !== 'passed') skips.push(`${shortName(file.name)} › ${a.fullName ?? a.title}`);
    }
  }
}

function fromPlaywright(report, tiers, failures) {
  collectPlaywrightFailures(report.suites ?? [], failures);
  const stats = report.stats ?? {};
  add(tiers, 'browser', 'passed', (stats.expected ?? 0) + (stats.flaky ?? 0));
  add(tiers, 'browser', 'failed', stats.unexpected ?? 0);
  add(tiers, 'browser', 'skipped', stats.skipped ?? 0);
  if ((report.errors ?? []).length > 0 && !stats.unexpected) add(tiers, 'browser', 'failed', report.errors.length);
}

function collectPlaywrightFailures(suites, failures) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      if (spec.ok === false) failures.push(`${spec.file} › ${spec.title}`);
    }
    collectPlaywrightFailures(suite.suites ?? [], failures);
  }
}

const shortName = (name = '') => name.replace(/^.*?\/(client|server|packages|e2e)\//, '$1/');
// Failure messages carry ANSI colours and long stacks; the summary keeps the first plain line.
const firstLine = (message = '') =>
  message
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .find((l) => l.trim())
    ?.trim()
    .slice(0, 200) ?? '';

function add(tiers, tier, outcome, n = 1) {
  tiers[tier] ??= { name: tier, passed: 0, failed: 0, skipped: 0 };
  tiers[tier][outcome] += n;
}

export function summarise(dir, readFileSync) {
  const tiers = {};
  const failures = [];
  const skips = [];
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  for (const file of files) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (file.startsWith('browser')) fromPlaywright(report, tiers, failures);
    else fromJestLike(report, tiers, failures, skips);
  }
  const order = ['unit', 'integration', 'api-e2e', 'browser'];
  const list = order.filter((t) => tiers[t]).map((t) => tiers[t]);
  const total = (k) => list.reduce((n, t) => n + t[k], 0);
  return { tiers: list, failures, skips, passed: total('passed'), failed: total('failed'), skipped: total('skipped') };
}
