import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { emailedLink, signIn } from './dev-mail';
import { DEMO_PASSWORD } from './demo-people';

test('a facilitator creates a community, switches the members list off and the forum on, and invites a colleague who signs up from the invitation', async ({
  page: facilitator,
  browser,
}) => {
  const name = `Phonics Mentors ${Date.now()}`;
  const colleague = `colleague-${Date.now()}@school.example.org`;

  await signIn(facilitator, 'grace.whitfield@example.org', DEMO_PASSWORD);
  await expect(facilitator.getByRole('button', { name: 'Grace Whitfield: account menu' })).toBeVisible();
  await facilitator.getByRole('link', { name: 'Communities' }).first().click();
  await facilitator.getByRole('link', { name: 'Create a community' }).click();
  await expect(facilitator.getByRole('heading', { level: 1, name: 'Create a community' })).toBeVisible();
  await facilitator.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await facilitator.getByLabel('Type of community').selectOption({ label: 'Subject network' });
  await facilitator.getByRole('radio', { name: 'Invite only' }).check();
  await facilitator.getByLabel('Description').fill('Early reading mentors from primary schools across Fenmoor.');
  await facilitator.getByRole('checkbox', { name: 'Forum' }).uncheck();
  // Only tools that exist are offered: no dead ends.
  await expect(facilitator.getByRole('checkbox', { name: 'Wiki' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(facilitator);
  await facilitator.getByRole('button', { name: 'Create community' }).click();

  await expect(facilitator.getByRole('heading', { level: 1, name })).toBeVisible();
  const tools = facilitator.getByRole('navigation', { name });
  await expect(tools.getByRole('link', { name: 'Members list' })).toBeVisible();
  await expect(tools.getByRole('link', { name: 'Forum' })).toHaveCount(0);
  const communityUrl = new URL(facilitator.url()).pathname;

  await facilitator.getByRole('link', { name: 'Settings' }).click();
  await expect(facilitator.getByRole('heading', { level: 1, name: `Settings for ${name}` })).toBeVisible();
  await facilitator.getByRole('switch', { name: 'Members list' }).uncheck();
  await facilitator.getByRole('switch', { name: 'Forum' }).check();
  await facilitator.getByRole('button', { name: 'Save tools' }).click();
  await expect(facilitator.getByText('The tools have been saved.')).toBeVisible();

  await facilitator.getByLabel('Email addresses').fill(colleague);
  await facilitator.getByLabel('Message (optional)').fill('Come and share your phonics practice.');
  await facilitator.getByRole('button', { name: 'Send invitations' }).click();
  await expect(facilitator.getByText('1 invitation sent.')).toBeVisible();
  await expect(facilitator.getByText(colleague)).toBeVisible();
  await expectNoSeriousA11yViolations(facilitator);

  // The members list has gone from the community; its address now answers "not found".
  await facilitator.goto(communityUrl);
  await expect(tools.getByRole('link', { name: 'Forum' })).toBeVisible();
  await expect(tools.getByRole('link', { name: 'Members list' })).toHaveCount(0);
  await facilitator.goto(`${communityUrl}/members`);
  await expect(facilitator.getByRole('heading', { name: 'Page not found' })).toBeVisible();

  // The colleague, who has no account, opens the emailed link in their own browser.
  const context = await browser.newContext();
  const invitee = await context.newPage();
  await invitee.goto(await emailedLink(invitee, colleague, '/invitations/'));
  await expect(invitee.getByRole('heading', { level: 1, name: `Join ${name}` })).toBeVisible();
  await expect(invitee.getByText(`Grace Whitfield has invited you to join ${name} as a member.`)).toBeVisible();
  await invitee.getByLabel('Your name').fill('Sam Taylor');
  await invitee.getByRole('textbox', { name: 'Password', exact: true }).fill('harbour lantern meadow 7');
  await expectNoSeriousA11yViolations(invitee);
  await invitee.getByRole('button', { name: 'Create account and join' }).click();

  await expect(invitee.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(invitee).toHaveURL(new RegExp(`${communityUrl}$`));
  await expect(invitee.getByRole('button', { name: 'Sam Taylor: account menu' })).toBeVisible();
  await expect(invitee.getByRole('navigation', { name }).getByRole('link', { name: 'Forum' })).toBeVisible();
  await expectNoSeriousA11yViolations(invitee);
  await context.close();
});

test('a training school coordinator sees the five partnership spaces of his school under one login', async ({
  page,
}) => {
  await signIn(page, 'daniel.mercer@example.org', DEMO_PASSWORD);
  await expect(page.getByRole('button', { name: 'Daniel Mercer: account menu' })).toBeVisible();
  await page.goto('/communities?mine=true&type=partnership');
  for (const partnership of [
    'University of Castlebridge ITT Partnership',
    'Fenmoor Institute Partnership',
    'Northgate Secondary Distance PGCE',
    'Fenmoor Schools Alliance Employment-based Route',
    'Kingsmere Training School Partnership',
  ]) {
    await expect(page.getByRole('link', { name: partnership })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Three Rivers SCITT Partnership' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
