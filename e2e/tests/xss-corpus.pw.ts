/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { expect, test, type Page } from '@playwright/test';
// Test data, not production code: Playwright compiles it from the server's test folder.
import { XSS_CORPUS } from '../../server/test/fixtures/xss-corpus';

/**
 * Every case of the XSS corpus, cooked by the built server code, rendered into a page with no
 * Content-Security-Policy (so the sanitizer alone must hold), hovered and clicked all over.
 * Payloads that run set `top.__xss` to their case name or open a dialog; neither may happen.
 */
type Cooking = typeof import('../../server/src/infrastructure/content/cook-markdown');
// The compiled code that production runs (`npm run build -w @commonroom/server`), not the sources.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- dist is CommonJS with no type declarations
const { cookMarkdown } = require('../../server/dist/infrastructure/content/cook-markdown.js') as Cooking;

const cook = (raw: string) => cookMarkdown(raw, { allowedImageHosts: ['images.example.org'] }).html;

/** A made-up origin served by the test itself, so same-site links and upload images resolve. */
const ORIGIN = 'https://commonroom.test';
const BLANK =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cooked content</title></head><body></body></html>';
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

interface Sandbox {
  dialogs: string[];
  /** Requests for anything but the page and our uploads: trackers, scripts, frames. */
  foreignRequests: string[];
}

async function openSandbox(page: Page): Promise<Sandbox> {
  const sandbox: Sandbox = { dialogs: [], foreignRequests: [] };
  page.on('dialog', (dialog) => {
    sandbox.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === ORIGIN && url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: BLANK });
    if (url.origin === ORIGIN && url.pathname.startsWith('/api/uploads/'))
      return route.fulfill({ contentType: 'image/png', body: PIXEL });
    sandbox.foreignRequests.push(url.href);
    return route.abort();
  });
  await page.goto(`${ORIGIN}/`);
  return sandbox;
}

/**
 * Puts the HTML in the page and waits until every image has loaded or failed, so an `onerror`
 * has had its chance. Links to ordinary destinations (http, https, mailto: the page's own links
 * included) do not navigate, so the page stays; every other link is left to do what it would do.
 */
async function render(page: Page, html: string): Promise<void> {
  await page.setContent(`<main>${html}</main>`);
  await page.evaluate(async () => {
    document.addEventListener(
      'click',
      (event) => {
        const link = (event.target as Element).closest('a[href]') as HTMLAnchorElement | null;
        if (link && ['http:', 'https:', 'mailto:'].includes(link.protocol)) event.preventDefault();
      },
      true,
    );
    const images = [...document.images];
    for (const image of images) image.loading = 'eager';
    await Promise.all(
      images.map((image) =>
        image.complete
          ? undefined
          : new Promise((settled) => {
              image.addEventListener('load', settled, { once: true });
              image.addEventListener('error', settled, { once: true });
            }),
      ),
    );
  });
}

/** Real pointer moves and clicks on everything that has a box, then focus and click on every element. */
async function exercise(page: Page): Promise<void> {
  const elements = page.locator('main *');
  const count = await elements.count();
  for (let i = 0; i < count; i += 1) {
    const centre = await elements.nth(i).evaluate((element) => {
      element.scrollIntoView({ block: 'center' });
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
    });
    if (centre) {
      await page.mouse.move(centre.x, centre.y);
      await page.mouse.click(centre.x, centre.y);
    }
  }
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('main *')) {
      for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove', 'focusin'])
        element.dispatchEvent(new MouseEvent(type, { bubbles: true }));
      element.focus();
      element.click();
    }
  });
  // One rendering frame and one task later, any handler the events queued has run.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

async function expectNothingRan(page: Page, sandbox: Sandbox): Promise<void> {
  expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
  expect(sandbox.dialogs).toEqual([]);
  expect(sandbox.foreignRequests).toEqual([]);
  // Whatever the markup says, the browser's own reading of every link is an ordinary destination.
  const protocols = await page
    .locator('main a')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).protocol));
  for (const protocol of protocols) expect(['http:', 'https:', 'mailto:']).toContain(protocol);
}

for (const { name, raw } of XSS_CORPUS) {
  test(`the "${name}" case runs nothing when cooked, rendered, hovered and clicked`, async ({ page }) => {
    const sandbox = await openSandbox(page);
    await render(page, cook(raw));
    await exercise(page);
    await expectNothingRan(page, sandbox);
  });
}

test('the whole corpus on one page runs nothing', async ({ page }) => {
  test.setTimeout(120_000);
  const sandbox = await openSandbox(page);
  await render(page, XSS_CORPUS.map(({ raw }) => `<section>${cook(raw)}</section>`).join('\n'));
  await exercise(page);
  await expectNothingRan(page, sandbox);
});

// The harness must be able to fail: uncooked, these payloads run on load, on an image error,
// on hover and on click, and each is caught.
for (const name of ['details-ontoggle', 'img-onerror', 'div-onmouseover', 'a-href-entities']) {
  test(`the harness catches the "${name}" payload when it is not cooked`, async ({ page }) => {
    const raw = XSS_CORPUS.find((c) => c.name === name)?.raw ?? '';
    await openSandbox(page);
    await render(page, raw);
    await exercise(page);
    expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBe(name);
  });
}
