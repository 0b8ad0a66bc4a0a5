import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { signIn } from './dev-mail';

// Search agrees with itself on the demo region: a thread tagged "physics" that the header
// suggests is on the results page, "phsyics" finds it and says it searched for "physics", and on a
// phone the filters wait behind one button so the results fill the first screen.
const THREAD = 'Misconceptions about energy transfers: what helps trainees explain them?';

test.beforeEach(async ({ page }) => {
  await signIn(page, 'tom.hughes@example.org', 'fenmoor demo password');
  await expect(page.getByRole('button', { name: 'Tom Hughes: account menu' })).toBeVisible();
});

test('the thread suggested for "physics" is on its results page', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  const box = page.getByRole('combobox', { name: 'Search Commonroom' });
  await box.fill('physics');
  await expect(page.getByRole('option', { name: new RegExp(THREAD.slice(0, 30)) })).toBeVisible();
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=physics/);
  await expect(page.getByRole('link', { name: THREAD })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Filter' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('on a phone, a misspelt search finds the thread, says what it searched for, and folds the filters', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/search?q=phsyics');
  await expect(page.getByText('Showing results for “physics”.')).toBeVisible();
  await expect(page.getByRole('link', { name: THREAD })).toBeVisible();
  const filter = page.getByRole('button', { name: 'Filter' });
  await expect(filter).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('radiogroup', { name: 'Type' })).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);

  await filter.click();
  await expect(page.getByRole('radiogroup', { name: 'Type' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Search instead for “phsyics”' }).click();
  await expect(page).toHaveURL(/exact=true/);
  await expect(page.getByText('Nothing found')).toBeVisible();
});
