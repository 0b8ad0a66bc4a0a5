import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { personIn } from './demo-people';

// The demo region (server/src/demo/demo-profiles.data.ts) has one clear answer: among secondary
// people in Castlebridge, "physics mentor" finds Mohammed Rahman alone (Lucy Chen mentors physics
// in Fenmoor). His contact email is kept to himself until he shares it.
const CONTACT_EMAIL = 'm.rahman@castlebridge-high-school.example.org';

test('a coordinator finds the physics mentor in one local authority, asks to get in touch, and sees the email he shares', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const priya = await personIn(browser, 'priya.nair@example.org', 'Priya Nair');

  await priya.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(priya.getByRole('heading', { level: 1, name: 'Find people' })).toBeVisible();
  await priya.getByRole('searchbox', { name: /Name, expertise or anything on a profile/ }).fill('physics mentor');
  await expect(priya).toHaveURL(/[?&]q=physics\+mentor/);
  const results = priya.getByRole('list', { name: 'People found' });
  await expect(results.getByRole('link', { name: 'Mohammed Rahman' })).toBeVisible();

  // A facet box is ticked once the address says so (click, not check(): the URL is the state).
  const secondary = priya.getByRole('checkbox', { name: /^Secondary \(\d+\)$/ });
  await secondary.click();
  await expect(priya).toHaveURL(/phase=secondary/);
  await expect(secondary).toBeChecked();
  await priya.getByRole('checkbox', { name: /^Castlebridge \(\d+\)$/ }).click();
  await expect(priya).toHaveURL(/localAuthority=992/);
  await expect(priya.getByRole('status').filter({ hasText: '1 person found' })).toBeVisible();
  await expect(results.getByRole('heading', { level: 3 })).toHaveCount(1);
  await expectNoSeriousA11yViolations(priya);

  await results.getByRole('link', { name: 'Mohammed Rahman' }).click();
  await expect(priya.getByRole('heading', { level: 1, name: 'Mohammed Rahman' })).toBeVisible();
  await expect(priya.getByText('Physics mentor at Castlebridge High School')).toBeVisible();
  await expect(priya.getByText(CONTACT_EMAIL)).toHaveCount(0);
  await expectNoSeriousA11yViolations(priya);
  const profileUrl = priya.url();

  await priya.getByRole('button', { name: 'Ask to get in touch' }).click();
  const dialog = priya.getByRole('dialog', { name: 'Ask Mohammed Rahman to get in touch' });
  await dialog
    .getByRole('textbox', { name: /Your message/ })
    .fill('I coordinate secondary placements for the university; could we talk about physics mentoring next term?');
  await expectNoSeriousA11yViolations(priya);
  await dialog.getByRole('button', { name: 'Send request' }).click();
  await expect(priya.getByText('Request sent — waiting for a reply.')).toBeVisible();

  // Mohammed, in his own browser, accepts and shares his contact email.
  const mohammed = await personIn(browser, 'mohammed.rahman@example.org', 'Mohammed Rahman');
  await mohammed.goto('/contact-requests');
  const request = mohammed.getByRole('article', { name: 'Request from Priya Nair' });
  await expect(request.getByText('Waiting for your answer')).toBeVisible();
  await request.getByRole('button', { name: 'Accept' }).click();
  await expect(request.getByRole('checkbox', { name: 'My contact email' })).toBeChecked();
  await expectNoSeriousA11yViolations(mohammed);
  await request.getByRole('button', { name: 'Accept and share' }).click();
  // Accepting opens a private conversation with her (e2e/tests/conversations.pw.ts follows it further).
  await expect(mohammed.getByRole('heading', { level: 1, name: 'With Priya Nair' })).toBeVisible();

  // Back with Priya: the profile now shows the route he shared.
  await priya.goto(profileUrl);
  const shared = priya.getByRole('list', { name: 'Contact details shared with you' });
  await expect(shared.getByRole('link', { name: CONTACT_EMAIL })).toHaveAttribute('href', `mailto:${CONTACT_EMAIL}`);
});
