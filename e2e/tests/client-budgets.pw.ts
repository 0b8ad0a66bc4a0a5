import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { budgets, KB, type Budget } from './budgets';
import { signIn } from './dev-mail';

const THREAD_TITLE = 'How do you structure the first week of a second placement?';
const FORUM = '/communities/secondary-science-mentors/forum';

interface Transfer {
  url: string;
  type: string;
  /** The compressed body as it crossed the wire. */
  bytes: number;
  headerBytes: number;
  encoding: string | undefined;
}

/**
 * Loads `path` in a fresh page with the browser cache off and returns every script and stylesheet
 * it fetched, with the bytes that crossed the wire (Chromium's own count: headers and compressed
 * body). Chromium asks for Brotli, as every current browser does.
 */
async function scriptsAndStyles(context: BrowserContext, path: string, ready: (page: Page) => Promise<void>) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = new Map<string, Omit<Transfer, 'bytes'>>();
  const transfers: Transfer[] = [];
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    if (type !== 'Script' && type !== 'Stylesheet') return;
    const encoding = Object.entries(response.headers).find(([name]) => name.toLowerCase() === 'content-encoding');
    // At this point what has arrived is the status line and headers.
    responses.set(requestId, {
      url: response.url,
      type,
      encoding: encoding?.[1],
      headerBytes: response.encodedDataLength,
    });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = responses.get(requestId);
    if (response) transfers.push({ ...response, bytes: encodedDataLength - response.headerBytes });
  });
  await page.goto(path);
  await ready(page);
  await page.waitForLoadState('networkidle');
  await page.close();
  return transfers;
}

/** Checks a page's JS + CSS against its budget, and writes down what it loaded. */
function expectWithin(name: string, transfers: Transfer[], budget: Budget) {
  const total = transfers.reduce((sum, t) => sum + t.bytes, 0);
  const headers = transfers.reduce((sum, t) => sum + t.headerBytes, 0);
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
  const files = [...transfers]
    .sort((a, b) => b.bytes - a.bytes)
    .map((t) => `${new URL(t.url).pathname} ${kb(t.bytes)}`);
  const line =
    `${name}: ${kb(total)} of compressed JS + CSS in ${transfers.length} files (+ ${kb(headers)} of headers); ` +
    `ceiling ${kb(budget.ceiling)}, goal ${kb(budget.goal)}. Largest: ${files.slice(0, 8).join(', ')}`;
  test.info().annotations.push({ type: 'budget', description: line });
  process.stdout.write(`${line}\n`);
  expect(total, line).toBeLessThanOrEqual(budget.ceiling);
}

/** Every script and stylesheet of any size came compressed with Brotli. */
function expectBrotli(transfers: Transfer[]) {
  const plain = transfers.filter((t) => t.bytes > 2 * KB && t.encoding !== 'br').map((t) => t.url);
  expect(plain, 'sent without Brotli').toEqual([]);
}

async function newContext(browser: Browser, storageState?: Awaited<ReturnType<BrowserContext['storageState']>>) {
  return browser.newContext({ storageState });
}

test('a signed-out page sends no more compressed JavaScript and CSS than its budget allows', async ({ browser }) => {
  const context = await newContext(browser);
  const pages = [
    {
      name: 'home, signed out',
      path: '/',
      ready: (p: Page) => expect(p.getByRole('heading', { level: 1 })).toBeVisible(),
    },
    { name: 'sign-in', path: '/sign-in', ready: (p: Page) => expect(p.getByLabel('Email address')).toBeVisible() },
  ];
  for (const { name, path, ready } of pages) {
    const transfers = await scriptsAndStyles(context, path, ready);
    expectBrotli(transfers);
    expectWithin(name, transfers, budgets.signedOutPage);
  }
  await context.close();
});

test('a signed-in thread page sends no more compressed JavaScript and CSS than its budget allows', async ({
  browser,
}) => {
  // Sign in and find the thread in one context; measure in a fresh one with the same session.
  const signingIn = await newContext(browser);
  const page = await signingIn.newPage();
  await signIn(page, 'tom.hughes@example.org', 'fenmoor demo password');
  await expect(page.getByRole('button', { name: 'Tom Hughes: account menu' })).toBeVisible();
  await page.goto(FORUM);
  await page.getByRole('link', { name: 'Planning placements' }).click();
  await page.getByRole('link', { name: THREAD_TITLE }).click();
  await expect(page.getByRole('heading', { level: 2, name: THREAD_TITLE })).toBeVisible();
  const threadPath = new URL(page.url()).pathname;
  const context = await newContext(browser, await signingIn.storageState());
  await signingIn.close();

  const transfers = await scriptsAndStyles(context, threadPath, async (p) => {
    await expect(p.getByRole('heading', { level: 2, name: THREAD_TITLE })).toBeVisible();
    await expect(p.getByRole('article').first()).toBeVisible();
  });
  expectBrotli(transfers);
  expectWithin('thread, signed in', transfers, budgets.signedInThread);
  await context.close();
});
