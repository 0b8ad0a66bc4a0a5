import { expect, test, type BrowserContextOptions, type Locator, type Page } from '@playwright/test';
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signIn } from './dev-mail';
import { checkScreen, viewports } from './layout-invariants';
import { DEMO_PASSWORD } from './demo-people';

// Every main screen at desktop (1366×800) and phone (390×844) size keeps the layout invariants
// (layout-invariants.ts): controls control-sized (a stylesheet that misses a component's styles
// once made Mantine's checkbox icon ~700 px tall), no sideways scroll, tap targets ≥ 24 px, the
// screen's main action in the first screen, and axe clean. Screenshots land in e2e/test-results/;
// `npm run screens` copies the first screens to docs/screens/.
const COMMUNITY = '/communities/secondary-science-mentors';
const THREAD_TITLE = 'How do you structure the first week of a second placement?';

type Screen = {
  name: string;
  signedIn: boolean;
  /** Opens the screen from a fresh page (signed in when `signedIn`). */
  open: (page: Page) => Promise<void>;
  /** What a person came to this screen to do; it must show without scrolling. */
  mainAction: (page: Page) => Locator;
};

const screens: Screen[] = [
  {
    name: 'sign-in',
    signedIn: false,
    open: async (page) => void (await page.goto('/sign-in')),
    mainAction: (page) => page.getByRole('button', { name: 'Sign in', exact: true }),
  },
  {
    name: 'sign-up',
    signedIn: false,
    open: async (page) => void (await page.goto('/sign-up')),
    mainAction: (page) => page.getByRole('main').getByRole('button', { name: 'Create account', exact: true }),
  },
  {
    name: 'home',
    signedIn: true,
    open: async (page) => void (await page.goto('/')),
    // Into what is new in my communities: a link to one of them or to one of their threads.
    mainAction: (page) => page.getByRole('main').locator('a[href^="/communities/"]'),
  },
  {
    name: 'home-signed-out',
    signedIn: false,
    open: async (page) => void (await page.goto('/')),
    mainAction: (page) => page.getByRole('main').getByRole('link', { name: 'Create account' }),
  },
  {
    name: 'partnerships',
    signedIn: true,
    open: async (page) => void (await page.goto('/partnerships')),
    mainAction: (page) => page.getByRole('main').locator('a[href^="/partnerships/"]'),
  },
  {
    name: 'communities',
    signedIn: true,
    open: async (page) => void (await page.goto('/communities')),
    mainAction: (page) => page.getByRole('main').locator('a[href^="/communities/"]'),
  },
  {
    name: 'community',
    signedIn: true,
    open: async (page) => void (await page.goto(COMMUNITY)),
    mainAction: (page) => page.getByRole('main').getByRole('link', { name: 'Forum', exact: true }),
  },
  {
    name: 'forum',
    signedIn: true,
    open: async (page) => {
      await page.goto(`${COMMUNITY}/forum`);
      await page.getByRole('link', { name: 'Planning placements' }).click();
      await expect(page.getByRole('link', { name: THREAD_TITLE })).toBeVisible();
    },
    mainAction: (page) => page.getByRole('main').getByRole('link', { name: 'Start a thread' }),
  },
  {
    name: 'thread',
    signedIn: true,
    open: async (page) => {
      await page.goto(`${COMMUNITY}/forum`);
      await page.getByRole('link', { name: 'Planning placements' }).click();
      await page.getByRole('link', { name: THREAD_TITLE }).click();
      await expect(page.getByRole('article').first()).toBeVisible();
    },
    mainAction: (page) => page.getByRole('main').getByRole('button', { name: /^Reply/ }),
  },
  {
    name: 'people-finder',
    signedIn: true,
    open: async (page) => {
      await page.goto('/people?q=physics+mentor');
      await expect(page.getByRole('list', { name: 'People found' })).toBeVisible();
    },
    mainAction: (page) => page.getByRole('main').getByRole('searchbox').or(page.getByLabel('Search people')),
  },
  {
    name: 'profile',
    signedIn: true,
    open: async (page) => {
      await page.goto('/people?q=physics+mentor');
      await page.getByRole('list', { name: 'People found' }).getByRole('link', { name: 'Mohammed Rahman' }).click();
    },
    mainAction: (page) => page.getByRole('main').getByRole('button', { name: 'Ask to get in touch' }),
  },
  {
    name: 'conversation',
    signedIn: true,
    open: async (page) => {
      await page.goto('/people?q=physics+mentor');
      await page.getByRole('list', { name: 'People found' }).getByRole('link', { name: 'Mohammed Rahman' }).click();
      await page.getByRole('main').getByRole('link', { name: 'Send a private message' }).click();
      await expect(page).toHaveURL(/\/conversations\/[0-9a-f-]{36}$/);
    },
    mainAction: (page) => page.getByRole('main').getByRole('textbox', { name: 'Your message' }),
  },
  {
    name: 'profile-editor',
    signedIn: true,
    open: async (page) => void (await page.goto('/settings/profile')),
    mainAction: (page) => page.getByRole('main').getByRole('textbox', { name: 'Display name' }),
  },
  {
    name: 'search',
    signedIn: true,
    open: async (page) => void (await page.goto('/search?q=placement')),
    // What the search found: the first result.
    mainAction: (page) => page.getByRole('main').getByRole('listitem').getByRole('link'),
  },
  {
    name: 'notifications',
    signedIn: true,
    open: async (page) => void (await page.goto('/notifications')),
    // The demo gives Tom notices (server/src/demo/demo-notices.seeder.ts), and earlier journeys add
    // more: the newest notice, a link that opens the post, is in the first screen.
    mainAction: (page) => page.getByRole('main').getByRole('link').first(),
  },
  {
    name: 'bell-open',
    signedIn: true,
    open: async (page) => {
      await page.goto('/');
      await page.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
      await expect(page.getByRole('dialog', { name: 'Notifications' }).getByRole('link').first()).toBeVisible();
    },
    mainAction: (page) => page.getByRole('dialog', { name: 'Notifications' }).getByRole('link').first(),
  },
  {
    name: 'settings',
    signedIn: true,
    open: async (page) => void (await page.goto('/settings/security')),
    mainAction: (page) => page.getByRole('main').getByRole('button', { name: 'Change password' }),
  },
  {
    name: 'notification-preferences',
    signedIn: true,
    open: async (page) => void (await page.goto('/settings/notifications')),
    // When email comes: the usual choice, above the per-community ones.
    mainAction: (page) => page.getByRole('main').getByLabel('Usually', { exact: true }).first(),
  },
  {
    name: 'unsubscribe',
    signedIn: false,
    open: async (page) => void (await page.goto(`/unsubscribe?token=${unsubscribeToken()}`)),
    mainAction: (page) => page.getByRole('main').getByRole('button', { name: 'Stop these emails' }),
  },
];

/**
 * An "all email" unsubscribe link as an email carries it, signed with the development server's
 * key in `.data/secret-key` (the signing in server/src/modules/email-alerts/unsubscribe-tokens.ts).
 * For someone who does not exist, so opening it shows the question without naming anyone.
 */
function unsubscribeToken(): string {
  const secret = Buffer.from(readFileSync(join(__dirname, '..', '..', '.data', 'secret-key'), 'utf8').trim(), 'base64');
  const key = createHash('sha256').update('commonroom:unsubscribe:v1').update(secret).digest();
  const payload = `${randomUUID()}|all|`;
  const mac = createHmac('sha256', key).update(`v1|${payload}`).digest('base64url');
  return `${Buffer.from(payload).toString('base64url')}.${mac}`;
}

let signedInState: BrowserContextOptions['storageState'];

test.beforeAll(async ({ browser }) => {
  // One sign-in for the whole file: each screen test starts from this saved session.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'tom.hughes@example.org', DEMO_PASSWORD);
  await expect(page.getByRole('button', { name: 'Tom Hughes: account menu' })).toBeVisible();
  signedInState = await context.storageState();
  await context.close();
});

for (const viewport of viewports) {
  for (const screen of screens) {
    test(`${screen.name} keeps the layout invariants at ${viewport.name} size`, async ({ browser }, info) => {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        ...(screen.signedIn ? { storageState: signedInState } : {}),
      });
      const page = await context.newPage();
      await screen.open(page);
      await checkScreen(page, info, { screen: screen.name, viewport, mainAction: screen.mainAction(page) });
      await context.close();
    });
  }
}
