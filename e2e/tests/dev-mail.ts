import { expect, type Page } from '@playwright/test';

/**
 * The development server keeps sent emails in memory (`/api/dev/mail`). Returns the path of the
 * newest link to `to` whose path starts with `path`, e.g. `/verify-email` or `/invitations/`.
 */
export async function emailedLink(page: Page, to: string, path: string): Promise<string> {
  let link: string | undefined;
  await expect(async () => {
    const { items } = (await (await page.request.get('/api/dev/mail')).json()) as {
      items: { to: string; text: string }[];
    };
    const text = items.find((m) => m.to === to)?.text ?? '';
    link = new RegExp(`https?://[^\\s]+${path}[^\\s]*`).exec(text)?.[0];
    expect(link).toBeTruthy();
  }).toPass({ timeout: 10_000 });
  const url = new URL(link!);
  return url.pathname + url.search;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
