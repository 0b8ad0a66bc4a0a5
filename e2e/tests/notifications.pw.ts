import { expect, request, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { emailsTo, waitForEmail, type ReceivedEmail } from './dev-mail';
import { personIn } from './demo-people';

// Demo people (server/src/demo/demo-people.data.ts); both are in the science mentors' network.
const FORUM = '/communities/secondary-science-mentors/forum';
const THREAD_TITLE = 'Welcome — start here and introduce yourself';
const COMMUNITY = 'Secondary Science Mentors';
const GRACE = 'grace.whitfield@example.org';
const SIZES = { desktop: { width: 1366, height: 800 }, phone: { width: 390, height: 844 } } as const;

async function openThread(page: Page): Promise<void> {
  await page.goto(FORUM);
  await page.getByRole('link', { name: 'Introductions' }).click();
  await page.getByRole('link', { name: THREAD_TITLE }).click();
  await expect(page.getByRole('heading', { level: 2, name: THREAD_TITLE })).toBeVisible();
}

test('Grace clears her bell and watches a thread; Tom replies; her bell counts it live; the email arrives; the notice opens the post; one-click unsubscribe stops the next email', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const grace = await personIn(browser, GRACE, 'Grace Whitfield');
  await emailsStraightAway(grace);
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

  // The email reaches the test SMTP server before she has read the post in the app.
  const aboutThread = (m: ReceivedEmail) => m.subject.includes(THREAD_TITLE);
  const email = await waitForEmail(GRACE, (m) => aboutThread(m) && m.text.includes(reply));
  expect(email.subject).toContain(COMMUNITY);
  expect(email.html).toContain('Tom Hughes');
  expect(email.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  const unsubscribe = /<(https?:[^>]+)>/.exec(email.headers['list-unsubscribe'] ?? '')?.[1];
  expect(unsubscribe).toBeTruthy();

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

  // One click in her mail program (RFC 8058: a POST with no cookies) stops email about the thread:
  // Tom's next reply rings the bell but sends nothing.
  const mailProgram = await request.newContext();
  const url = new URL(unsubscribe!);
  const answer = await mailProgram.post(`${grace.url().split('/').slice(0, 3).join('/')}${url.pathname}${url.search}`, {
    form: { 'List-Unsubscribe': 'One-Click' },
  });
  expect(answer.status()).toBe(200);
  await mailProgram.dispose();
  const before = (await emailsTo(GRACE)).filter(aboutThread).length;
  await tom.getByRole('textbox', { name: /Your reply/ }).fill(`And a second thought from Tom (${Date.now()}).`);
  await tom.getByRole('button', { name: 'Post reply' }).click();
  await expect(tom.getByText('Your reply has been posted.')).toBeVisible();
  await expect(grace.getByRole('button', { name: 'Notifications, 1 unread' })).toBeVisible();
  // The email would have gone one second after the reply; give it five.
  await grace.waitForTimeout(5_000);
  expect((await emailsTo(GRACE)).filter(aboutThread)).toHaveLength(before);
});

/** Grace asks for email about the science network straight away (the usual choice is a daily digest). */
async function emailsStraightAway(page: Page): Promise<void> {
  await page.goto('/settings/notifications');
  await page.getByRole('combobox', { name: COMMUNITY, exact: true }).click();
  await page.getByRole('option', { name: 'Straight away' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
}
