import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { personIn } from './demo-people';

// Demo people (server/src/demo/demo-people.data.ts). Grace is in none of Priya and Mohammed's conversations.
const SIZES = { desktop: { width: 1366, height: 800 }, phone: { width: 390, height: 844 } } as const;

async function userIdOf(page: Page): Promise<string> {
  const session = (await (await page.request.get('/api/auth/session')).json()) as { user: { id: string } };
  return session.user.id;
}

/** Sends a message from the conversation page's composer. */
async function send(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: /Your message/ }).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('log', { name: 'Messages' }).getByText(text)).toBeVisible();
}

/** No horizontal scroll and no control taller than 64 px (text areas excepted). */
async function expectSoundLayout(page: Page): Promise<void> {
  const { scrollWidth, clientWidth, tall } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    tall: [...document.querySelectorAll('button, a, input, select')]
      .filter((el) => el.getBoundingClientRect().height > 64)
      .map((el) => el.outerHTML.slice(0, 80)),
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  expect(tall).toEqual([]);
}

test('Priya accepts Mohammed’s contact request, a private conversation opens, they talk live, and an outsider gets 404', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const priya = await personIn(browser, 'priya.nair@example.org', 'Priya Nair');
  const mohammed = await personIn(browser, 'mohammed.rahman@example.org', 'Mohammed Rahman');

  // Mohammed asks Priya to get in touch, from her profile.
  await mohammed.goto(`/people/${await userIdOf(priya)}`);
  await expect(mohammed.getByRole('heading', { level: 1, name: 'Priya Nair' })).toBeVisible();
  // Her profile offers a private message and a block (checked, then shown at both sizes).
  await expect(mohammed.getByRole('link', { name: 'Send a private message' })).toBeVisible();
  await expect(mohammed.getByRole('button', { name: 'Block Priya Nair' })).toBeVisible();
  await expectNoSeriousA11yViolations(mohammed);
  for (const [size, viewport] of Object.entries(SIZES)) {
    await mohammed.setViewportSize(viewport);
    await expectSoundLayout(mohammed);
    await mohammed.screenshot({ path: testInfo.outputPath(`profile-${size}.png`), fullPage: true });
  }
  await mohammed.setViewportSize(SIZES.desktop);
  await mohammed.getByRole('button', { name: 'Ask to get in touch' }).click();
  const dialog = mohammed.getByRole('dialog', { name: 'Ask Priya Nair to get in touch' });
  await dialog.getByRole('textbox', { name: /Your message/ }).fill('Could we talk about physics placements?');
  await dialog.getByRole('button', { name: 'Send request' }).click();
  await expect(mohammed.getByText('Request sent — waiting for a reply.')).toBeVisible();

  // Priya accepts: a private conversation with him opens.
  await priya.goto('/contact-requests');
  const request = priya.getByRole('article', { name: 'Request from Mohammed Rahman' });
  await request.getByRole('button', { name: 'Accept' }).click();
  await request.getByRole('button', { name: 'Accept and share' }).click();
  await expect(priya.getByRole('heading', { level: 1, name: 'With Mohammed Rahman' })).toBeVisible();
  await expect(priya).toHaveURL(/\/conversations\/[0-9a-f-]{36}$/);
  const conversationPath = new URL(priya.url()).pathname;
  const conversationId = conversationPath.split('/').at(-1)!;

  // Mohammed finds it under Messages in his account menu and opens it.
  await mohammed.getByRole('button', { name: 'Mohammed Rahman: account menu' }).click();
  await mohammed.getByRole('menuitem', { name: /^Messages/ }).click();
  await expect(mohammed.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
  await mohammed.getByRole('link', { name: 'Priya Nair' }).click();
  await expect(mohammed.getByRole('heading', { level: 1, name: 'With Priya Nair' })).toBeVisible();

  // Two messages, each seen by the other without reloading.
  const first = `Thank you for asking — Tuesday after school? (${Date.now()})`;
  await send(priya, first);
  await expect(mohammed.getByRole('log', { name: 'Messages' }).getByText(first)).toBeVisible();
  const second = `Tuesday at four works for me. (${Date.now()})`;
  await send(mohammed, second);
  await expect(priya.getByRole('log', { name: 'Messages' }).getByText(second)).toBeVisible();

  await expectNoSeriousA11yViolations(priya);
  for (const [size, viewport] of Object.entries(SIZES)) {
    await priya.setViewportSize(viewport);
    await expectSoundLayout(priya);
    await priya.screenshot({ path: testInfo.outputPath(`conversation-${size}.png`), fullPage: true });
    await priya.goto('/conversations');
    await expect(priya.getByRole('link', { name: 'Mohammed Rahman' })).toBeVisible();
    await expectSoundLayout(priya);
    await expectNoSeriousA11yViolations(priya);
    await priya.screenshot({ path: testInfo.outputPath(`conversations-${size}.png`), fullPage: true });
    await priya.goto(conversationPath);
    await expect(priya.getByRole('log', { name: 'Messages' }).getByText(second)).toBeVisible();
  }

  // Grace is in neither: 404 from the API and "Page not found" on the page.
  const grace = await personIn(browser, 'grace.whitfield@example.org', 'Grace Whitfield');
  expect((await grace.request.get(`/api/conversations/${conversationId}`)).status()).toBe(404);
  expect((await grace.request.get(`/api/threads/${conversationId}/posts`)).status()).toBe(404);
  await grace.goto(conversationPath);
  await expect(grace.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(grace.getByText(first)).toHaveCount(0);
});
