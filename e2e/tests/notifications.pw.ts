import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { signIn } from './dev-mail';

// Demo people (server/src/demo/demo-people.data.ts); both are in the science mentors' network.
const DEMO_PASSWORD = 'fenmoor demo password';
const FORUM = '/communities/secondary-science-mentors/forum';
const THREAD_TITLE = 'Welcome — start here and introduce yourself';
const SIZES = { desktop: { width: 1366, height: 800 }, phone: { width: 390, height: 844 } } as const;

async function personIn(browser: Browser, email: string, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, DEMO_PASSWORD);
  await expect(page.getByRole('button', { name: `${name}: account menu` })).toBeVisible();
  return page;
}

async function openThread(page: Page): Promise<void> {
  await page.goto(FORUM);
  await page.getByRole('link', { name: 'Introductions' }).click();
  await page.getByRole('link', { name: THREAD_TITLE }).click();
  await expect(page.getByRole('heading', { level: 2, name: THREAD_TITLE })).toBeVisible();
}

test('Grace clears her bell with mark all read and watches a thread; Tom replies; her bell counts it live; the notice opens the post', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const grace = await personIn(browser, 'grace.whitfield@example.org', 'Grace Whitfield');
  const tom = await personIn(browser, 'tom.hughes@example.org', 'Tom Hughes');

  // Grace watches the welcome thread (she wrote in it, so she may already: the menu says what Watching does).
  await openThread(grace);
  await grace
    .getByRole('button', { name: /^Notifications: \w+, for / })
    .first()
    .click();
  await expect(grace.getByRole('menuitemradio', { name: /Watching.*every new post/ })).toBeVisible();
  // By keyboard: the open menu sits over a page that is still settling its scroll position.
  await grace.getByRole('menuitemradio', { name: /^Watching/ }).focus();
  await grace.keyboard.press('Enter');
  await expect(grace.getByRole('button', { name: /^Notifications: Watching, for / }).first()).toBeVisible();
  // She starts from nothing unread (the demo gave her notices): a new post would otherwise join her unread
  // notice about the same thread rather than add one.
  await grace.goto('/');
  await grace.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
  await grace.getByRole('dialog', { name: 'Notifications' }).getByRole('button', { name: 'Mark all read' }).click();
  await expect(grace.getByRole('button', { name: 'Notifications, 0 unread' })).toBeVisible();
  await grace.getByRole('button', { name: 'Notifications, 0 unread' }).click();
  await expect(grace.getByRole('dialog', { name: 'Notifications' })).toBeHidden();
  await grace.evaluate(() => Object.assign(window, { __sameWindow: true }));

  // Tom replies; Grace's bell counts it without a reload.
  const reply = `Hello all, Tom from Oakfield: I mentor in design and technology (${Date.now()}).`;
  await openThread(tom);
  await tom.getByRole('textbox', { name: /Your reply/ }).fill(reply);
  await tom.getByRole('button', { name: 'Post reply' }).click();
  await expect(tom.getByText('Your reply has been posted.')).toBeVisible();
  await expect(grace.getByRole('button', { name: 'Notifications, 1 unread' })).toBeVisible();
  expect(await grace.evaluate(() => (window as { __sameWindow?: boolean }).__sameWindow)).toBe(true);

  // She opens the bell and the notice: the post is in view.
  await grace.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
  const panel = grace.getByRole('dialog', { name: 'Notifications' });
  const notice = panel.getByRole('link', { name: /Tom Hughes posted in a discussion you watch/ });
  await expect(notice).toBeVisible();
  await expectNoSeriousA11yViolations(grace);
  for (const [size, viewport] of Object.entries(SIZES)) {
    await grace.setViewportSize(viewport);
    await grace.screenshot({ path: testInfo.outputPath(`bell-open-${size}.png`) });
  }
  await notice.click();
  await expect(grace).toHaveURL(/\/forum\/t\/[0-9a-f-]+#post-\d+$/);
  await expect(grace.getByRole('article').filter({ hasText: reply })).toBeInViewport();

  // Opening it read it.
  await expect(grace.getByRole('button', { name: 'Notifications, 0 unread' })).toBeVisible();
  await grace.getByRole('button', { name: 'Notifications, 0 unread' }).click();

  // The page lists what was read, with where it happened.
  await panel.getByRole('link', { name: 'See all notifications' }).click();
  await expect(grace.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expect(grace.getByRole('link', { name: /Tom Hughes posted in a discussion you watch/ })).toBeVisible();
  await expectNoSeriousA11yViolations(grace);
  for (const [size, viewport] of Object.entries(SIZES)) {
    await grace.setViewportSize(viewport);
    await grace.screenshot({ path: testInfo.outputPath(`notifications-${size}.png`), fullPage: true });
  }
});
