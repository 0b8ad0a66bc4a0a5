import { expect, type Page } from '@playwright/test';
import { MAIL_API } from '../support/ports';

/** An email as the test SMTP server received it (`support/smtp-sink.mjs`). */
export interface ReceivedEmail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
}

/** Every email the app has sent so far in this run, oldest first. */
export async function emailsTo(to: string): Promise<ReceivedEmail[]> {
  const all = (await (await fetch(`${MAIL_API}/messages`)).json()) as ReceivedEmail[];
  return all.filter((m) => m.to.includes(to.toLowerCase()));
}

/** Waits for an email to `to` that `matches`, and returns the newest such email. */
export async function waitForEmail(to: string, matches: (m: ReceivedEmail) => boolean): Promise<ReceivedEmail> {
  let found: ReceivedEmail | undefined;
  await expect(async () => {
    found = (await emailsTo(to)).filter(matches).at(-1);
    expect(found).toBeTruthy();
  }).toPass({ timeout: 15_000 });
  return found!;
}

/**
 * The path of the newest link to `to` whose path starts with `path`, e.g. `/verify-email` or
 * `/invitations/`, from the emails that reached the test SMTP server.
 */
export async function emailedLink(_page: Page, to: string, path: string): Promise<string> {
  const pattern = new RegExp(`https?://[^\\s]+${path}[^\\s]*`);
  const email = await waitForEmail(to, (m) => pattern.test(m.text));
  const url = new URL(pattern.exec(email.text)![0]);
  return url.pathname + url.search;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
