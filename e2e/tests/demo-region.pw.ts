import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';

test.describe('a new visitor looks around the demo region', () => {
  test('the home page shows the region at a glance and passes an accessibility check', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Commonroom' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your region at a glance' })).toBeVisible();
    await expect(page.getByText(/organisations in the directory/)).toBeVisible();
    await expect(page.getByRole('link', { name: /3 universities \(HEIs\)/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('following a kind from the home page filters the directory, and the filter survives a reload', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /3 universities \(HEIs\)/ }).click();
    await expect(page).toHaveURL(/\/organisations\?.*kind=hei/);
    await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
    await expect(page.getByText('3 organisations found')).toBeVisible();
    await expect(page.getByText('University of Castlebridge')).toBeVisible();
    await page.reload();
    await expect(page.getByText('3 organisations found')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('searching by name narrows the list', async ({ page }) => {
    await page.goto('/organisations');
    await page.getByLabel('Name contains').fill('Fenmoor');
    await expect(page).toHaveURL(/q=Fenmoor/);
    await expect(page.getByText('Fenmoor Institute of Education')).toBeVisible();
    await expect(page.getByText('University of Castlebridge')).toHaveCount(0);
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await skip.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });

  test('an unknown address shows a helpful not-found page', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
  });
});
