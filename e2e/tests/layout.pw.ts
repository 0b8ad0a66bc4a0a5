import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { signIn } from './dev-mail';

// Guards against a stylesheet that silently misses a component's styles: Mantine's checkbox icon
// without its CSS is an unsized SVG about 700 px tall. Every main page, at desktop and phone size,
// must keep its controls control-sized and must not scroll sideways. Screenshots are kept as
// artefacts (e2e/test-results/) to be looked at.
const DEMO_PASSWORD = 'fenmoor demo password';
const FORUM = '/communities/secondary-science-mentors/forum';
const THREAD_TITLE = 'How do you structure the first week of a second placement?';
const MAX_CONTROL_HEIGHT = 64;

const viewports = [
  { name: 'desktop', width: 1366, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** What is measured: form controls, buttons and the icons inside controls (not text areas, not images). */
const CONTROL_SELECTOR = [
  'input:not([type=hidden])',
  'button',
  'select',
  '[role=button]',
  '[role=checkbox]',
  '[role=radio]',
  '[role=switch]',
  '[role=combobox]',
  '[role=tab]',
  ':is(button, a, label, [role=button], [class*=Checkbox], [class*=Radio], [class*=Input], [class*=Switch]) svg',
].join(', ');

/** Visible controls taller than the limit, one line per kind ("svg in 'Secondary (3)' 776px × 12"). */
async function oversizedControls(page: Page): Promise<string[]> {
  const found = await page.evaluate(
    ({ selector, max }) =>
      Array.from(document.querySelectorAll<Element>(selector))
        .filter((el) => !el.closest('textarea, img'))
        .map((el) => ({ el, height: Math.round(el.getBoundingClientRect().height) }))
        .filter(({ el, height }) => el.getBoundingClientRect().width > 0 && height > max)
        .map(({ el, height }) => {
          const owner = el.closest('label, button, [role=button], [class*="-root"]');
          const name = (el.getAttribute('aria-label') ?? owner?.textContent ?? '').trim().slice(0, 30);
          return `${el.tagName.toLowerCase()} in "${name}" ${height}px`;
        }),
    { selector: CONTROL_SELECTOR, max: MAX_CONTROL_HEIGHT },
  );
  const counts = new Map<string, number>();
  for (const line of found) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, n]) => (n > 1 ? `${line} × ${n}` : line));
}

/** Waits for the page's main heading and quiet network, screenshots it, then checks its layout. */
async function checkPage(page: Page, info: TestInfo, label: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  // After an in-app navigation the load state is already "idle": wait for the spinners instead.
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.mantine-Loader-root, [aria-busy="true"]')).toHaveCount(0);
  const file = info.outputPath(`${label}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await info.attach(label, { path: file, contentType: 'image/png' });

  const oversized = await oversizedControls(page);
  expect.soft(oversized, `${label}: controls taller than ${MAX_CONTROL_HEIGHT}px`).toEqual([]);
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
  expect.soft(overflow, `${label}: the page scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
}

for (const viewport of viewports) {
  const title = `main pages keep controls control-sized and fit the screen at ${viewport.name} size`;
  test(title, async ({ browser }, info) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
    const page = await context.newPage();
    const check = (label: string) => checkPage(page, info, `${viewport.name}-${label}`);

    await page.goto('/sign-in');
    await check('sign-in');
    await page.goto('/sign-up');
    await check('sign-up');

    await signIn(page, 'tom.hughes@example.org', DEMO_PASSWORD);
    await expect(page.getByRole('button', { name: 'Tom Hughes: account menu' })).toBeVisible();
    await page.goto('/');
    await check('home');
    await page.goto('/communities');
    await check('communities');
    await page.goto('/communities/secondary-science-mentors');
    await check('community');
    await page.goto(FORUM);
    await check('forum');
    await page.getByRole('link', { name: 'Planning placements' }).click();
    await page.getByRole('link', { name: THREAD_TITLE }).click();
    await expect(page.getByRole('article').first()).toBeVisible();
    await check('thread');
    await page.goto('/people?q=physics+mentor');
    await expect(page.getByRole('list', { name: 'People found' })).toBeVisible();
    await check('people-finder');
    await page.getByRole('list', { name: 'People found' }).getByRole('link', { name: 'Mohammed Rahman' }).click();
    await check('profile');
    await page.goto('/settings/profile');
    await check('profile-editor');
    await page.goto('/search?q=placement');
    await check('search-results');
    await page.goto('/settings/security');
    await check('security-settings');
    await context.close();
  });
}
