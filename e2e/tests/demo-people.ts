import { expect, type Browser, type Page, type ViewportSize } from '@playwright/test';
import { signIn } from './dev-mail';

/** The demo region's shared password (server/src/demo/demo-people.data.ts). */
export const DEMO_PASSWORD = 'fenmoor demo password';

/** A separate browser (own cookies, own socket) signed in as one demo person. */
export async function personIn(browser: Browser, email: string, name: string, viewport?: ViewportSize): Promise<Page> {
  const page = await (await browser.newContext(viewport ? { viewport } : {})).newPage();
  await signIn(page, email, DEMO_PASSWORD);
  await expect(page.getByRole('button', { name: `${name}: account menu` })).toBeVisible();
  return page;
}
