import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { personIn } from './demo-people';

const FORUM = '/communities/secondary-science-mentors/forum';
const THREAD_TITLE = 'How do you structure the first week of a second placement?';

/** Opens the demo thread from the forum's front page, as a member would. */
async function openThread(page: Page): Promise<void> {
  await page.goto(FORUM);
  await page.getByRole('link', { name: 'Planning placements' }).click();
  await page.getByRole('link', { name: THREAD_TITLE }).click();
  await expect(page.getByRole('heading', { level: 2, name: THREAD_TITLE })).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
}

/** Marks the window, so a test can tell that the page was never reloaded. */
async function markWindow(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { __sameWindow: true }));
}
async function expectSameWindow(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __sameWindow?: boolean }).__sameWindow)).toBe(true);
}

test('a reply, a reaction and a moderator hiding the post reach everyone in the thread live', async ({ browser }) => {
  test.setTimeout(90_000);
  const tom = await personIn(browser, 'tom.hughes@example.org', 'Tom Hughes');
  const grace = await personIn(browser, 'grace.whitfield@example.org', 'Grace Whitfield');
  await openThread(tom);
  await openThread(grace);
  await markWindow(tom);
  await markWindow(grace);
  await expect(grace.getByRole('article')).toHaveCount(4);

  // Tom replies. Grace is reading at the top: the reply waits behind a button, never moving her.
  const reply = `We pair each trainee with a second mentor for week one (${Date.now()}).`;
  await tom.getByRole('textbox', { name: /Your reply/ }).fill(reply);
  await tom.getByRole('button', { name: 'Post reply' }).click();
  await expect(tom.getByText('Your reply has been posted.')).toBeVisible();
  const tomsPost = (page: Page) => page.getByRole('article').filter({ hasText: reply });
  await expect(tomsPost(tom)).toBeVisible();

  const newPosts = grace.getByRole('button', { name: '1 new post' });
  await expect(newPosts).toBeVisible();
  await expect(tomsPost(grace)).toHaveCount(0);
  await newPosts.click();
  await expect(tomsPost(grace)).toBeFocused();
  await expectSameWindow(grace);

  // Grace agrees; Tom sees the count change.
  await tomsPost(grace).getByRole('button', { name: 'Agree', exact: true }).click();
  const agreed = { name: 'Agree: Grace Whitfield' };
  await expect(tomsPost(grace).getByRole('button', agreed)).toHaveAttribute('aria-pressed', 'true');
  await expect(tomsPost(tom).getByRole('button', agreed)).toHaveAttribute('aria-pressed', 'false');
  await expectSameWindow(tom);

  // Grace flags it; the facilitator hides it from the moderation queue.
  await tomsPost(grace)
    .getByRole('button', { name: /More actions for post \d+ by Tom Hughes/ })
    .click();
  await grace.getByRole('menuitem', { name: 'Flag for a moderator' }).click();
  const flag = grace.getByRole('dialog', { name: /Flag post \d+ by Tom Hughes/ });
  await flag.getByRole('radio', { name: 'It is off topic' }).check();
  await flag.getByRole('textbox', { name: /Anything the moderator should know/ }).fill('Testing the moderation queue.');
  await flag.getByRole('button', { name: 'Send to moderators' }).click();
  await expect(grace.getByText('Thank you. A moderator will look at the post.')).toBeVisible();
  await expect(
    tomsPost(grace).getByText('You flagged this post. Thank you: a facilitator will look at it.'),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(grace);

  const mohammed = await personIn(browser, 'mohammed.rahman@example.org', 'Mohammed Rahman');
  await mohammed.goto(FORUM);
  await expect(mohammed.getByText('1 open flag')).toBeVisible();
  await mohammed.getByRole('link', { name: 'Moderation queue' }).click();
  const flagged = mohammed.getByRole('listitem').filter({ hasText: reply });
  await expect(flagged.getByText(/It is off topic: flagged by Grace Whitfield/)).toBeVisible();
  await expectNoSeriousA11yViolations(mohammed);
  await flagged.getByRole('button', { name: /Hide post \d+ by Tom Hughes/ }).click();
  const hide = mohammed.getByRole('dialog', { name: /Hide post \d+ by Tom Hughes/ });
  await hide.getByRole('textbox', { name: /Why are you hiding it/ }).fill('Off topic for this thread.');
  await expectNoSeriousA11yViolations(mohammed);
  await hide.getByRole('button', { name: 'Hide post' }).click();
  await expect(mohammed.getByText(/Post \d+ by Tom Hughes has been hidden\./)).toBeVisible();

  for (const reader of [tom, grace]) {
    await expect(reader.getByText('This post was hidden by a moderator.')).toBeVisible();
    await expect(reader.getByText(reply)).toHaveCount(0);
    await expectSameWindow(reader);
  }
  // The author (after reloading) sees why; other readers do not.
  await tom.reload();
  await expect(tom.getByText('The facilitator’s reason: Off topic for this thread.')).toBeVisible();

  // Found again under "Hidden", and restored from there.
  await mohammed.getByRole('tab', { name: 'Hidden' }).click();
  const hiddenItem = mohammed.getByRole('listitem').filter({ hasText: reply });
  await expect(hiddenItem.getByText(/Hidden by Mohammed Rahman, .*Reason: Off topic for this thread\./)).toBeVisible();
  await expectNoSeriousA11yViolations(mohammed);
  await hiddenItem.getByRole('button', { name: /Restore post \d+ by Tom Hughes/ }).click();
  await expect(mohammed.getByText(/Post \d+ by Tom Hughes has been restored\./)).toBeVisible();
  await expect(grace.getByText(reply)).toBeVisible();
});

test('a reply being written survives a reload, kept as a draft on the server', async ({ browser }) => {
  const ellen = await personIn(browser, 'ellen.brooks@example.org', 'Ellen Brooks');
  await openThread(ellen);
  const text = 'A first week with one co-planned lesson, then';
  const saved = ellen.waitForResponse(
    (response) =>
      response.request().method() === 'PUT' && response.url().includes('/api/me/drafts/reply:') && response.ok(),
  );
  await ellen.getByRole('textbox', { name: /Your reply/ }).fill(text);
  await saved;

  await ellen.reload();

  await expect(ellen.getByRole('textbox', { name: /Your reply/ })).toHaveValue(text);
  await expect(ellen.getByText(/We kept your draft from/)).toBeVisible();
  await expectNoSeriousA11yViolations(ellen);
  await ellen.getByRole('button', { name: 'Discard draft' }).click();
  await expect(ellen.getByRole('textbox', { name: /Your reply/ })).toHaveValue('');
});
