// Reads the JSON reports the runners write into .reports/ and counts results per tier.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const TIER_BY_SUFFIX = [
  [/\.int-spec\.ts$/, 'integration'],
  [/\.e2e-spec\.ts$/, 'api-e2e'],
  [/\.spec\.tsx?$/, 'unit'],
];

/** Jest and Vitest share a report format: testResults[].assertionResults[].status. */
function fromJestLike(report, tiers) {
  for (const file of report.testResults ?? []) {
    const tier = TIER_BY_SUFFIX.find(([pattern]) => pattern.test(file.name))?.[1] ?? 'unit';
    const assertions = file.assertionResults ?? [];
    // A file that failed to load has no assertions but counts as one failure.
    if (assertions.length === 0 && file.status === 'failed') add(tiers, tier, 'failed');
    for (const a of assertions) add(tiers, tier, a.status === 'passed' ? 'passed' : a.status === 'failed' ? 'failed' : 'skipped');
  }
}

function fromPlaywright(report, tiers) {
  const stats = report.stats ?? {};
  add(tiers, 'browser', 'passed', (stats.expected ?? 0) + (stats.flaky ?? 0));
  add(tiers, 'browser', 'failed', stats.unexpected ?? 0);
  add(tiers, 'browser', 'skipped', stats.skipped ?? 0);
  if ((report.errors ?? []).length > 0 && !stats.unexpected) add(tiers, 'browser', 'failed', report.errors.length);
}

function add(tiers, tier, outcome, n = 1) {
  tiers[tier] ??= { name: tier, passed: 0, failed: 0, skipped: 0 };
  tiers[tier][outcome] += n;
}

export function summarise(dir, readFileSync) {
  const tiers = {};
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  for (const file of files) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (file.startsWith('browser')) fromPlaywright(report, tiers);
    else fromJestLike(report, tiers);
  }
  const order = ['unit', 'integration', 'api-e2e', 'browser'];
  const list = order.filter((t) => tiers[t]).map((t) => tiers[t]);
  const total = (k) => list.reduce((n, t) => n + t[k], 0);
  return { tiers: list, passed: total('passed'), failed: total('failed'), skipped: total('skipped') };
}
