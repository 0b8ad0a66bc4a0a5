// What the Lighthouse scripts share: signing in as a demo user over the API, finding the demo
// thread, and running Lighthouse 13 (mobile preset) on one page. Lighthouse runs through
// `npx lighthouse@13.5.0` (fetched once into npm's cache) so that `npm install` for CI stays as
// light as it is; Chromium is Debian's (/usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { repoRoot } from '../../infra/scripts/node24.mjs';

export const LIGHTHOUSE = 'lighthouse@13.5.0';
export const PRESET = 'mobile (Lighthouse default: Moto G Power emulation, simulated slow 4G)';
export const USER = { email: 'tom.hughes@example.org', password: 'fenmoor demo password' };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const COMMUNITY = 'secondary-science-mentors';
const THREAD_TITLE = 'How do you structure the first week of a second placement?';
const binPath = `${join(repoRoot, 'node_modules', '.bin')}${delimiter}${process.env.PATH}`;

/** `name=value` of a Set-Cookie header (a value may itself contain `=`). */
function pair(setCookie) {
  const first = setCookie.split(';')[0];
  const at = first.indexOf('=');
  return [first.slice(0, at), first.slice(at + 1)];
}

/** Signs in over the API as a browser would and returns the session's Cookie header. */
export async function signIn(url) {
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

/** The demo thread's path, found in its category's listing (whatever the listing's shape). */
export async function threadPath(url, cookie) {
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

/**
 * One Lighthouse report (parsed JSON) of one page, tried up to three times: on a busy machine
 * Chromium's trace can miss NO_NAVSTART. `cookie` null = signed out.
 */
export function lighthouseReport(pageUrl, { cookie, categories, work }) {
  for (let attempt = 1; ; attempt++) {
    try {
      return lighthouseOnce(pageUrl, { cookie, categories, work });
    } catch (error) {
      if (attempt === 3) throw error;
      process.stdout.write(`${error.message}; trying again\n`);
    }
  }
}

function lighthouseOnce(pageUrl, { cookie, categories, work }) {
  const headers = join(work, 'headers.json');
  const output = join(work, 'report.json');
  writeFileSync(headers, JSON.stringify(cookie ? { Cookie: cookie } : {}));
  const result = spawnSync(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      pageUrl,
      '--quiet',
      `--only-categories=${categories.join(',')}`,
      `--extra-headers=${headers}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      '--output=json',
      `--output-path=${output}`,
    ],
    // node_modules/.bin first: its `node` is the project's Node 24, which Lighthouse 13 needs.
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: CHROMIUM, PATH: binPath } },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed on ${pageUrl} (exit ${result.status})`);
  return JSON.parse(readFileSync(output, 'utf8'));
}
