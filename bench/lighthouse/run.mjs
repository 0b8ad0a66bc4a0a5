// Lighthouse (mobile preset) accessibility, with performance recorded for information, on the
// pages issue 16 names: home, thread, people finder and profile editor, signed in as a demo user.
// Usage: npm run build && node bench/lighthouse/run.mjs [--port=3900] [--runs=1]
//   → bench/results/lighthouse-a11y.json
// Lighthouse runs through `npx lighthouse@13.5.0` (fetched once into npm's cache) so that
// `npm install` for CI stays as light as it is; Chromium is Debian's (/usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { repoRoot } from '../../infra/scripts/node24.mjs';
import { benchArgs } from '../lib/args.mjs';
import { machine, startServer } from '../lib/server.mjs';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGET_SCORE = 98;
const USER = { email: 'tom.hughes@example.org', password: 'fenmoor demo password' };
const COMMUNITY = 'secondary-science-mentors';
const THREAD_TITLE = 'How do you structure the first week of a second placement?';

const binPath = `${join(repoRoot, 'node_modules', '.bin')}${delimiter}${process.env.PATH}`;
const args = benchArgs();
const port = Number(args.get('port') ?? 3900);
const runs = Number(args.get('runs') ?? 1);

/** `name=value` of a Set-Cookie header (a value may itself contain `=`). */
function pair(setCookie) {
  const first = setCookie.split(';')[0];
  const at = first.indexOf('=');
  return [first.slice(0, at), first.slice(at + 1)];
}

/** Signs in over the API as a browser would and returns the session's Cookie header. */
async function signIn(url) {
  const session = await fetch(`${url}/api/auth/session`);
  const { csrfToken } = await session.json();
  const jar = new Map(session.headers.getSetCookie().map(pair));
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const answer = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: cookie() },
    body: JSON.stringify(USER),
  });
  if (!answer.ok) throw new Error(`sign-in failed: ${answer.status} ${await answer.text()}`);
  for (const c of answer.headers.getSetCookie()) jar.set(...pair(c));
  return cookie();
}

/** The demo thread's id, found in its category's listing (whatever the listing's shape). */
async function threadPath(url, cookie) {
  const answer = await fetch(`${url}/api/communities/${COMMUNITY}/forum/categories/planning-placements`, {
    headers: { cookie },
  });
  let id;
  JSON.parse(await answer.text(), (key, value) => {
    if (value && typeof value === 'object' && value.title === THREAD_TITLE && value.id) id = value.id;
    return value;
  });
  if (!id) throw new Error('the demo thread was not found in "Planning placements"');
  return `/communities/${COMMUNITY}/forum/t/${id}`;
}

/** One Lighthouse run of one page, tried up to three times: on a busy machine Chromium's trace can miss NO_NAVSTART. */
function lighthouse(pageUrl, cookie, work) {
  for (let attempt = 1; ; attempt++) {
    try {
      return lighthouseOnce(pageUrl, cookie, work);
    } catch (error) {
      if (attempt === 3) throw error;
      process.stdout.write(`${error.message}; trying again\n`);
    }
  }
}

/** One Lighthouse run of one page: the scores and the failing accessibility audits. */
function lighthouseOnce(pageUrl, cookie, work) {
  const headers = join(work, 'headers.json');
  const output = join(work, 'report.json');
  writeFileSync(headers, JSON.stringify({ Cookie: cookie }));
  const result = spawnSync(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      pageUrl,
      '--quiet',
      '--only-categories=accessibility,performance',
      `--extra-headers=${headers}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      '--output=json',
      `--output-path=${output}`,
    ],
    // node_modules/.bin first: its `node` is the project's Node 24, which Lighthouse 13 needs.
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: CHROMIUM, PATH: binPath } },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed on ${pageUrl} (exit ${result.status})`);
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const accessibility = report.categories.accessibility;
  const failing = accessibility.auditRefs
    .map((ref) => report.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => ({
      id: audit.id,
      title: audit.title,
      elements: (audit.details?.items ?? []).map((item) => item.node?.selector ?? item.node?.snippet).filter(Boolean),
    }));
  return {
    accessibility: Math.round(accessibility.score * 100),
    performance: Math.round(report.categories.performance.score * 100),
    failingAccessibilityAudits: failing,
    formFactor: report.configSettings.formFactor,
  };
}

const server = await startServer({ port, env: { SERVE_CLIENT: 'true', SEED_DEMO: 'true' } });
const work = mkdtempSync(join(tmpdir(), 'commonroom-lighthouse-'));
try {
  const cookie = await signIn(server.url);
  const pages = [
    { name: 'home', path: '/' },
    { name: 'thread', path: await threadPath(server.url, cookie) },
    { name: 'people finder', path: '/people?q=physics+mentor' },
    { name: 'profile editor', path: '/settings/profile' },
  ];
  const results = [];
  for (const page of pages) {
    const measured = Array.from({ length: runs }, () => lighthouse(`${server.url}${page.path}`, cookie, work));
    // Accessibility audits are deterministic; the lowest run is reported, so a flaky pass cannot hide a miss.
    const worst = measured.reduce((a, b) => (b.accessibility < a.accessibility ? b : a));
    results.push({ page: page.name, path: page.path, ...worst, performanceRuns: measured.map((m) => m.performance) });
    process.stdout.write(`${page.name}: accessibility ${worst.accessibility}, performance ${worst.performance}\n`);
  }
  const report = {
    benchmark: 'lighthouse-a11y',
    date: new Date().toISOString(),
    machine: machine(),
    parameters: {
      lighthouse: LIGHTHOUSE,
      preset: 'mobile (Lighthouse default: Moto G Power emulation, simulated slow 4G)',
      categories: ['accessibility', 'performance (for information only)'],
      signedInAs: USER.email,
      runsPerPage: runs,
      target: `accessibility ≥ ${TARGET_SCORE}`,
    },
    pages: results,
    met: results.every((r) => r.accessibility >= TARGET_SCORE),
  };
  writeFileSync(join(repoRoot, 'bench', 'results', 'lighthouse-a11y.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`target accessibility ≥ ${TARGET_SCORE}: ${report.met ? 'met' : 'NOT met'}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
  await server.stop();
}
