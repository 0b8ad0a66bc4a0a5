import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { signIn } from './dev-mail';
import { DEMO_PASSWORD } from './demo-people';

const COMMUNITY = 'Secondary Science Mentors';
const SETTINGS = '/communities/secondary-science-mentors/settings';
const FORUM = '/communities/secondary-science-mentors/forum';
const THREAD_TITLE = 'Misconceptions about energy transfers: what helps trainees explain them?';
const SWITCH = 'Anyone with the link can read (no sign-in needed)';

/** The facilitator switches reading without signing in on or off, and saves. */
async function setPublicReading(facilitator: Page, on: boolean): Promise<void> {
  await facilitator.goto(SETTINGS);
  const box = facilitator.getByRole('checkbox', { name: SWITCH });
  await box.setChecked(on);
  await facilitator.getByRole('button', { name: 'Save changes' }).click();
  await expect(facilitator.getByText('Your changes have been saved.')).toBeVisible();
}

test('a facilitator lets anyone with the link read; a signed-out visitor reads the thread; switched off, they sign in and land on the post', async ({
  page: mohammed,
  browser,
}) => {
  // Two browsers, four axe runs and a sign-in on a shared two-core machine.
  test.setTimeout(120_000);
  await signIn(mohammed, 'mohammed.rahman@example.org', DEMO_PASSWORD);
  await expect(mohammed.getByRole('button', { name: 'Mohammed Rahman: account menu' })).toBeVisible();
  await setPublicReading(mohammed, true);
  await expectNoSeriousA11yViolations(mohammed);

  // The link a member would paste into an email: the thread, at its second post.
  await mohammed.goto(FORUM);
  await mohammed.getByRole('link', { name: 'Subject knowledge' }).click();
  await mohammed.getByRole('link', { name: THREAD_TITLE }).click();
  await expect(mohammed.getByRole('heading', { level: 2, name: THREAD_TITLE })).toBeVisible();
  const threadPath = new URL(mohammed.url()).pathname;
  const link = `${threadPath}#post-2`;

  const context = await browser.newContext();
  let visitor = await context.newPage();
  const sockets: string[] = [];
  visitor.on('websocket', (socket) => sockets.push(socket.url()));
  await visitor.goto(link);
  await expect(visitor.getByRole('heading', { level: 2, name: THREAD_TITLE })).toBeVisible();
  await expect(visitor.getByText('Trainees often teach "energy is used up".')).toBeVisible();
  await expect(visitor).toHaveTitle(`${THREAD_TITLE} · ${COMMUNITY} · Commonroom`);
  await expect(visitor.getByRole('heading', { name: 'Reply' })).toHaveCount(0);
  await expect(
    visitor.getByText('Sign in or create an account to reply, react and join this community.'),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(visitor);
  expect(sockets).toEqual([]);
  // The link's preview, as a chat app fetching the page would see it.
  const html = await (await visitor.request.get(threadPath)).text();
  expect(html).toContain(`<meta property="og:title" content="${THREAD_TITLE} · ${COMMUNITY}" />`);
  expect((await context.cookies()).filter((cookie) => cookie.name.includes('session'))).toEqual([]);

  await setPublicReading(mohammed, false);
  const html2 = await (await visitor.request.get(threadPath)).text();
  expect(html2).not.toContain(THREAD_TITLE);

  // The thread grows past the linked post, and Tom has read all of it before, so "where he left
  // off" is its last post: the link to post 2 must still take him to post 2.
  await mohammed.goto(threadPath);
  await mohammed.getByRole('textbox', { name: /Your reply/ }).fill('A later post, so the thread runs past the link.');
  await mohammed.getByRole('button', { name: 'Post reply' }).click();
  await expect(mohammed.getByText('Your reply has been posted.')).toBeVisible();
  const earlier = await browser.newContext();
  const tomBefore = await earlier.newPage();
  await signIn(tomBefore, 'tom.hughes@example.org', DEMO_PASSWORD);
  // Signed in before leaving the page: navigating at once aborts the sign-in request.
  await expect(tomBefore.getByRole('button', { name: 'Tom Hughes: account menu' })).toBeVisible();
  const markedRead = tomBefore.waitForResponse(
    (response) => response.request().method() === 'PUT' && response.url().endsWith('/read') && response.ok(),
  );
  await tomBefore.goto(threadPath);
  await markedRead;
  await earlier.close();

  // The visitor opens the emailed link again, in a new tab.
  visitor = await context.newPage();
  await visitor.goto(link);
  const teaser = visitor.getByRole('region', { name: THREAD_TITLE });
  await expect(teaser).toBeVisible();
  await expect(teaser.getByText(`A discussion in ${COMMUNITY}`)).toBeVisible();
  await expect(visitor.getByText('Trainees often teach "energy is used up".')).toHaveCount(0);
  await expect(teaser.getByRole('link', { name: 'Create account' })).toBeVisible();
  await expectNoSeriousA11yViolations(visitor);
  await teaser.getByRole('link', { name: 'Sign in to read' }).click();

  await expect(visitor.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await visitor.getByLabel('Email address').fill('tom.hughes@example.org');
  await visitor.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_PASSWORD);
  await visitor.getByRole('button', { name: 'Sign in' }).click();

  // Settled on the page holding post 2, at post 2.
  await expect(visitor).toHaveURL(new RegExp(`${threadPath}\\?page=1#post-2$`));
  await expect(visitor.getByRole('heading', { level: 2, name: THREAD_TITLE })).toBeVisible();
  await expect(visitor.locator('#post-2')).toBeInViewport();
  await context.close();
});
