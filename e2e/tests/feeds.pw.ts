import { expect, test } from '@playwright/test';
import { signIn } from './dev-mail';
import { checkScreen, viewports } from './layout-invariants';
import { DEMO_PASSWORD } from './demo-people';

// Private feed links: make one in settings, follow a members' forum in a feed reader with it,
// and check the forum and settings screens at both sizes (screenshots in e2e/test-results/).
const COMMUNITY = '/communities/secondary-science-mentors';

for (const viewport of viewports) {
  test(`private feed links: made in settings, offered on the forum, readable by a feed reader (${viewport.name})`, async ({
    browser,
  }, info) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await signIn(page, 'priya.nair@example.org', DEMO_PASSWORD);
    await expect(page).toHaveURL('/');

    await page.goto('/settings/feeds');
    await expect(page.getByRole('heading', { level: 1, name: 'Private feed links' })).toBeVisible();
    const make = page.getByRole('button', { name: 'Make a private feed link' });
    const copy = page.getByRole('button', { name: /^Copy the feed link for / }).first();
    // A fresh server: no link yet (the second viewport finds the first one's link).
    await expect(make.or(copy)).toBeVisible();
    if (await make.isVisible()) await make.click();
    await expect(copy).toBeVisible();
    await checkScreen(page, info, { screen: 'settings-feeds', viewport, mainAction: copy });

    await page.goto(`${COMMUNITY}/forum`);
    const follow = page.getByRole('link', { name: /^Follow in a feed reader: / });
    await expect(follow).toBeVisible();
    const href = (await follow.getAttribute('href'))!;
    expect(href).toMatch(/\/api\/feeds\/communities\/secondary-science-mentors\/forum\.rss\?token=/);
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', href);
    // The forum's main action is still its categories; the feed links sit below them.
    const mainAction = page.getByRole('main').getByRole('link', { name: 'Planning placements' });
    await checkScreen(page, info, { screen: 'forum-feed-links', viewport, mainAction });

    // A feed reader has no session: the link alone opens the feed.
    const reader = await browser.newContext();
    const feed = await reader.request.get(href);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(await feed.text()).toContain('<rss');
    await reader.close();
    await context.close();
  });
}
