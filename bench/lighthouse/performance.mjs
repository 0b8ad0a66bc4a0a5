// Lighthouse (mobile preset) performance and layout shift, with the JS + CSS a page actually
// transfers, for the pages the speed issue budgets: the signed-out home, sign-in, and a signed-in
// thread. Each page is run `--runs` times (default 5) and the median run (by performance score)
// reported, with the machine's load average beside it: the machine is shared, and Lighthouse's
// simulated throttling still feels a busy CPU.
// Usage: npm run build && node bench/lighthouse/performance.mjs [--label=after] [--runs=5]
//        [--port=3900] [--dist=<a client build to serve instead of client/dist>]
//   → bench/results/client-<label>.json
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot } from '../../infra/scripts/node24.mjs';
import { benchArgs } from '../lib/args.mjs';
import { machine, startServer } from '../lib/server.mjs';
import { LIGHTHOUSE, PRESET, USER, lighthouseReport, signIn, threadPath } from './lib.mjs';

const GOALS = { performance: 90, cls: 0.1 };
const args = benchArgs();
const port = Number(args.get('port') ?? 3900);
const runs = Number(args.get('runs') ?? 5);
const label = args.get('label') ?? 'after';
const dist = args.get('dist');

const round = (n, places = 0) => Math.round(n * 10 ** places) / 10 ** places;
const load = () => loadavg().map((n) => round(n, 2));

/** The figures of one run: scores, paint timings and what the page transferred. */
function figures(report) {
  const audit = (id) => report.audits[id]?.numericValue ?? null;
  const requests = report.audits['network-requests'].details.items;
  const bytes = (types) =>
    requests.filter((r) => types.includes(r.resourceType)).reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return {
    performance: round(report.categories.performance.score * 100),
    cls: round(audit('cumulative-layout-shift'), 3),
    lcpMs: round(audit('largest-contentful-paint')),
    fcpMs: round(audit('first-contentful-paint')),
    tbtMs: round(audit('total-blocking-time')),
    speedIndexMs: round(audit('speed-index')),
    jsCssTransferKb: round(bytes(['Script', 'Stylesheet']) / 1024, 1),
    jsTransferKb: round(bytes(['Script']) / 1024, 1),
    cssTransferKb: round(bytes(['Stylesheet']) / 1024, 1),
    totalTransferKb: round(requests.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024, 1),
    requests: requests.length,
  };
}

/** `runs` runs of one page; the median by performance score, and every run's scores. */
function measure(pageUrl, cookie, work) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const loadBefore = load();
    all.push({ ...figures(lighthouseReport(pageUrl, { cookie, categories: ['performance'], work })), loadBefore });
  }
  const sorted = [...all].sort((a, b) => a.performance - b.performance);
  return { median: sorted[Math.floor(sorted.length / 2)], runs: all };
}

const env = { SERVE_CLIENT: 'true', SEED_DEMO: 'true', ...(dist ? { CLIENT_DIST_DIR: resolve(dist) } : {}) };
const server = await startServer({ port, env });
const work = mkdtempSync(join(tmpdir(), 'commonroom-lighthouse-'));
try {
  const cookie = await signIn(server.url);
  const pages = [
    { name: 'home, signed out', path: '/', cookie: null },
    { name: 'sign-in', path: '/sign-in', cookie: null },
    { name: 'thread, signed in', path: await threadPath(server.url, cookie), cookie },
  ];
  const loadAtStart = load();
  const results = [];
  for (const page of pages) {
    const { median, runs: all } = measure(`${server.url}${page.path}`, page.cookie, work);
    results.push({ page: page.name, path: page.path, ...median, runs: all });
    process.stdout.write(
      `${page.name}: performance ${median.performance}, CLS ${median.cls}, JS+CSS ${median.jsCssTransferKb} KB\n`,
    );
  }
  const thread = results.at(-1);
  const report = {
    benchmark: `client-${label}`,
    date: new Date().toISOString(),
    machine: machine(),
    loadAverage: { atStart: loadAtStart, atEnd: load() },
    parameters: {
      lighthouse: LIGHTHOUSE,
      preset: PRESET,
      server: 'node server/dist/main.js (development mode, demo seed) serving the production client build',
      client: dist ?? 'client/dist',
      signedInAs: USER.email,
      runsPerPage: runs,
      reported: 'the median run by performance score; every run under `runs`',
      goals: `thread page: performance ≥ ${GOALS.performance}, CLS ≤ ${GOALS.cls}`,
    },
    pages: results,
    met: thread.performance >= GOALS.performance && thread.cls <= GOALS.cls,
  };
  writeFileSync(join(repoRoot, 'bench', 'results', `client-${label}.json`), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`thread goals (${report.parameters.goals}): ${report.met ? 'met' : 'NOT met'}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
  await server.stop();
}
