import { expect, test } from '@playwright/test';
import { generateSync } from 'otplib';
import { expectNoSeriousA11yViolations } from './accessibility';
import { emailedLink } from './dev-mail';

const PASSWORD = 'harbour lantern meadow 7';

test('a mentor signs up, confirms their email, turns on two-step sign-in and signs in with a code', async ({
  page,
}) => {
  const email = `journey-${Date.now()}@school.example.org`;

  await page.goto('/');
  await page.getByRole('link', { name: 'Create account' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create an account' })).toBeVisible();
  await page.getByLabel('Your name').fill('Jo Mentor');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();

  // The link confirms the address and opens sign-in with it filled in (it does not sign in by itself).
  await page.goto(await emailedLink(page, email, '/verify-email'));
  await expect(page.getByText('Your email address is confirmed. Enter your password to sign in.')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByLabel('Email address')).toHaveValue(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Jo Mentor: account menu' })).toBeVisible();

  await page.goto('/settings/security');
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  // The setup key is shown for manual entry right after its explanation.
  const secret = (await page.getByText('Cannot scan it?').locator('xpath=following-sibling::*[1]').innerText()).trim();
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await page.getByLabel('6-digit code from the app').fill(generateSync({ secret }));
  await page.getByRole('button', { name: 'Turn on', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeVisible();
  await page.getByLabel('I have saved these recovery codes').check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('Two-step sign-in is on.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Jo Mentor: account menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();

  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Enter your security code' })).toBeVisible();
  // The next 30-second step: the code used to turn it on cannot be used again.
  await page
    .getByRole('textbox', { name: 'Security code' })
    .fill(generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('button', { name: 'Jo Mentor: account menu' })).toBeVisible();
});

test('a wrong password is said in a sentence, with no reference number', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill('tom.hughes@example.org');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(
    'That email and password do not match. Check them and try again, or reset your password.',
  );
  await expect(alert).not.toContainText('Reference');
});

test('a demo account printed by npm start can sign in straight away', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill('tom.hughes@example.org');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('fenmoor demo password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Tom Hughes: account menu' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
