import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { personIn } from './demo-people';

const THREAD_TITLE = 'Misconceptions about energy transfers: what helps trainees explain them?';
const PHONE = { width: 390, height: 844 };

/** A mutating API call as the page's signed-in person, with the CSRF token the client would send. */
async function apiSend(page: Page, method: 'POST' | 'PUT', path: string, data: unknown) {
  const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  const response = await page.request.fetch(path, { method, data, headers: { 'x-csrf-token': csrfToken } });
  expect(response.status(), `${method} ${path}`).toBeLessThan(300);
}

/** The thread as the home's listing knows it, read as this person. */
async function findThread(page: Page, title: string): Promise<{ id: string; postCount: number }> {
  const body = (await (await page.request.get('/api/home/threads?limit=50')).json()) as {
    items: { id: string; title: string; postCount: number }[];
  };
  const thread = body.items.find((item) => item.title === title);
  expect(thread, `${title} in Tom's latest threads`).toBeTruthy();
  return thread!;
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

/** On a phone, search is a header button that turns the header into the search box. */
async function searchFor(page: Page, words: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Search', exact: true }).click();
  // The desktop header's box is in the page too, hidden at this width: take the one on screen.
  const box = page.getByRole('combobox', { name: 'Search Commonroom' }).filter({ visible: true });
  await box.fill(words);
  await box.press('Enter');
}

test('on a phone, Tom opens a thread with new posts from Unread, replies, and finds it again by search', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const tom = await personIn(browser, 'tom.hughes@example.org', 'Tom Hughes', PHONE);
  const grace = await personIn(browser, 'grace.whitfield@example.org', 'Grace Whitfield', PHONE);

  // Arrange: Tom has read the thread to its end; then Grace posts twice.
  const thread = await findThread(tom, THREAD_TITLE);
  await apiSend(tom, 'PUT', `/api/threads/${thread.id}/read`, { number: thread.postCount });
  for (const raw of ['A second thought on Sankey diagrams for kettles.', 'And a worksheet that helped my group.'])
    await apiSend(grace, 'POST', `/api/threads/${thread.id}/posts`, { raw });

  // The home opens on Unread, with the thread and how many posts are new.
  await tom.goto('/');
  await expect(tom.getByRole('tab', { name: /^Unread/ })).toHaveAttribute('aria-selected', 'true');
  const unread = tom.getByRole('list', { name: /^Unread/ });
  const item = unread.getByRole('listitem').filter({ hasText: THREAD_TITLE });
  await expect(item.getByText('2 new')).toBeVisible();
  await expect(item.getByRole('link', { name: THREAD_TITLE })).toBeInViewport();
  await expectNoSidewaysScroll(tom);
  await expectNoSeriousA11yViolations(tom);

  // He opens it and replies.
  await item.getByRole('link', { name: THREAD_TITLE }).click();
  await expect(tom.getByRole('heading', { level: 2, name: THREAD_TITLE })).toBeVisible();
  await expect(tom.getByRole('article').filter({ hasText: 'worksheet that helped my group' })).toBeVisible();
  const reply = `Thanks Grace, we will try the kettle diagram next week (${Date.now()}).`;
  await tom.getByRole('textbox', { name: /Your reply/ }).fill(reply);
  await tom.getByRole('button', { name: 'Post reply' }).click();
  await expect(tom.getByText('Your reply has been posted.')).toBeVisible();

  // Back home, the thread is read: it has left Unread.
  await tom.getByRole('link', { name: 'Commonroom', exact: true }).click();
  await expect(tom.getByRole('heading', { level: 1, name: 'What is new for you' })).toBeVisible();
  await expect(tom.getByRole('tab', { name: /^Unread/ })).toBeVisible();
  await expect(tom.getByRole('list', { name: /^Unread/ }).getByText(THREAD_TITLE)).toHaveCount(0);

  // And he finds the thread again through search.
  await searchFor(tom, 'energy transfers');
  await expect(tom).toHaveURL(/\/search\?/);
  await tom.getByRole('main').getByRole('link', { name: THREAD_TITLE }).first().click();
  await expect(tom.getByRole('heading', { level: 2, name: THREAD_TITLE })).toBeVisible();
  await expectNoSidewaysScroll(tom);
});
