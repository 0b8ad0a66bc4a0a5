import { errorBodySchema, sessionListSchema, signInResultSchema } from '@commonroom/contracts';
import { PASSWORD, signedUpAndIn, tokenFrom, uniqueEmail, useAppWithMail } from './support/accounts';
import { RateLimiter } from '../src/infrastructure/rate-limit/rate-limiter.service';
import { BrowserLikeClient } from './support/browser-like-client';
import { linkFrom } from './support/smtp-sink';

describe('accounts: sign-up, email confirmation, sign-in and sessions', () => {
  const testbed = useAppWithMail();

  it('takes a person from sign-up through the emailed link to a signed-in session they can list and revoke', async () => {
    const email = uniqueEmail();
    const browser = new BrowserLikeClient(testbed.app);
    const signUp = await browser.send('POST', '/api/auth/sign-up', {
      email,
      password: PASSWORD,
      displayName: 'Priya Shah',
    });
    expect(signUp.status).toBe(202);

    const tooEarly = await browser.send('POST', '/api/auth/sign-in', { email, password: PASSWORD });
    expect(tooEarly.status).toBe(403);
    expect(errorBodySchema.parse(await tooEarly.json()).error.code).toBe('email_not_verified');

    const mail = await testbed.smtp.waitForMessage((m) => m.to.includes(email));
    expect(mail.subject).toBe('Confirm your email address for Commonroom');
    const link = linkFrom(mail, '/verify-email');
    expect(link).toMatch(/^http:\/\/localhost:3000\/verify-email\?token=/);
    expect((await browser.send('POST', '/api/auth/verify-email', { token: tokenFrom(link) })).status).toBe(200);
    expect((await browser.send('POST', '/api/auth/verify-email', { token: tokenFrom(link) })).status).toBe(400); // single use

    const signIn = await browser.send('POST', '/api/auth/sign-in', { email, password: PASSWORD });
    expect(signIn.status).toBe(200);
    expect(signInResultSchema.parse(await signIn.json())).toMatchObject({
      status: 'signed_in',
      user: { email, displayName: 'Priya Shah', emailVerified: true },
    });
    const cookie = signIn.headers.getSetCookie().find((c) => c.startsWith('__Host-session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/Path=\//);

    const phone = new BrowserLikeClient(
      testbed.app,
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    );
    await phone.send('POST', '/api/auth/sign-in', { email, password: PASSWORD });

    const list = sessionListSchema.parse(await (await browser.get('/api/account/sessions')).json());
    expect(list.items).toHaveLength(2);
    expect(list.items.find((s) => s.current)?.device).toBe('Chrome on Windows');
    const phoneSession = list.items.find((s) => !s.current)!;
    expect(phoneSession.device).toBe('Mobile Safari on iOS');

    expect((await browser.send('DELETE', `/api/account/sessions/${phoneSession.id}`)).status).toBe(204);
    expect((await phone.get('/api/account/sessions')).status).toBe(401);
    expect((await browser.get('/api/account/sessions')).status).toBe(200);

    expect((await browser.send('POST', '/api/auth/sign-out')).status).toBe(204);
    expect((await browser.get('/api/account/sessions')).status).toBe(401);
  });

  it('answers sign-up, sign-in and password reset the same for registered and unknown emails', async () => {
    const { email } = await signedUpAndIn(testbed.app, testbed.smtp);
    const stranger = new BrowserLikeClient(testbed.app);
    const unknown = uniqueEmail('nobody');

    const known = await stranger.send('POST', '/api/auth/sign-up', {
      email,
      password: PASSWORD,
      displayName: 'Someone',
    });
    const fresh = await stranger.send('POST', '/api/auth/sign-up', {
      email: unknown,
      password: PASSWORD,
      displayName: 'Someone',
    });
    expect([known.status, await known.json()]).toEqual([fresh.status, await fresh.json()]);
    // The real owner is told that someone tried.
    await testbed.smtp.waitForMessage((m) => m.to.includes(email) && (m.subject ?? '').includes('tried to create'));

    const wrongPassword = await stranger.send('POST', '/api/auth/sign-in', {
      email,
      password: 'not the right password',
    });
    const noAccount = await stranger.send('POST', '/api/auth/sign-in', {
      email: uniqueEmail('ghost'),
      password: 'not the right password',
    });
    expect(wrongPassword.status).toBe(401);
    expect(noAccount.status).toBe(401);
    const strip = async (r: Response) => ({ ...errorBodySchema.parse(await r.json()).error, requestId: undefined });
    expect(await strip(wrongPassword)).toEqual(await strip(noAccount));

    const resetKnown = await stranger.send('POST', '/api/auth/password-reset', { email });
    const resetUnknown = await stranger.send('POST', '/api/auth/password-reset', { email: uniqueEmail('ghost') });
    expect([resetKnown.status, await resetKnown.json()]).toEqual([resetUnknown.status, await resetUnknown.json()]);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const { client } = await signedUpAndIn(testbed.app, testbed.smtp);
    const withoutToken = await client.send('PATCH', '/api/account/profile', { displayName: 'Changed' }, { csrf: null });
    expect(withoutToken.status).toBe(403);
    expect(errorBodySchema.parse(await withoutToken.json()).error.code).toBe('csrf_token_invalid');
    const wrongToken = await client.send(
      'POST',
      '/api/auth/sign-in',
      { email: 'x@y.org', password: 'whatever password' },
      { csrf: 'forged-token-value' },
    );
    expect(wrongToken.status).toBe(403);
    const withToken = await client.send('PATCH', '/api/account/profile', { displayName: 'Changed' });
    expect(withToken.status).toBe(200);
  });

  it('resets a forgotten password by email, signing out every device', async () => {
    const { client, email } = await signedUpAndIn(testbed.app, testbed.smtp);
    const other = new BrowserLikeClient(testbed.app);
    expect((await other.send('POST', '/api/auth/password-reset', { email })).status).toBe(202);
    const mail = await testbed.smtp.waitForMessage(
      (m) => m.to.includes(email) && (m.subject ?? '').includes('Set a new Commonroom password'),
    );
    const token = tokenFrom(linkFrom(mail, '/reset-password'));

    const weak = await other.send('POST', '/api/auth/password-reset/confirm', { token, password: 'password1234' });
    expect(weak.status).toBe(400);
    expect(errorBodySchema.parse(await weak.json()).error.details?.issues?.[0]?.path).toBe('body.password');

    const newPassword = 'lantern meadow quietly 42';
    expect(
      (await other.send('POST', '/api/auth/password-reset/confirm', { token, password: newPassword })).status,
    ).toBe(204);
    expect((await client.get('/api/account/sessions')).status).toBe(401);
    expect((await other.send('POST', '/api/auth/sign-in', { email, password: PASSWORD })).status).toBe(401);
    expect((await other.send('POST', '/api/auth/sign-in', { email, password: newPassword })).status).toBe(200);
    await testbed.smtp.waitForMessage(
      (m) => m.to.includes(email) && (m.subject ?? '').includes('password has changed'),
    );
  });

  it('locks an account for the rest of the window after ten failed sign-ins, with Retry-After', async () => {
    const { email } = await signedUpAndIn(testbed.app, testbed.smtp);
    const attacker = new BrowserLikeClient(testbed.app);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (await attacker.send('POST', '/api/auth/sign-in', { email, password: `wrong password ${i}` })).status,
      );
    // Skip the slowed-down middle of the sequence by recording failures directly.
    await testbed.app.app.get(RateLimiter).hit({ key: `sign-in-failed:${email}`, limit: 10, windowSeconds: 900 }, 6);
    const locked = await attacker.send('POST', '/api/auth/sign-in', { email, password: PASSWORD });
    expect(statuses).toEqual([401, 401, 401, 401]);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(errorBodySchema.parse(await locked.json()).error.code).toBe('rate_limited');
  });

  it('changes a password only with the current one, and signs out the other devices', async () => {
    const { client, email } = await signedUpAndIn(testbed.app, testbed.smtp);
    const laptop = new BrowserLikeClient(testbed.app);
    await laptop.send('POST', '/api/auth/sign-in', { email, password: PASSWORD });
    const wrong = await client.send('POST', '/api/account/password', {
      currentPassword: 'not my password',
      newPassword: 'a brand new passphrase',
    });
    expect(wrong.status).toBe(400);
    expect(
      (
        await client.send('POST', '/api/account/password', {
          currentPassword: PASSWORD,
          newPassword: 'a brand new passphrase',
        })
      ).status,
    ).toBe(204);
    expect((await laptop.get('/api/account/sessions')).status).toBe(401);
    expect((await client.get('/api/account/sessions')).status).toBe(200);
  });

  it('changes the email address after confirmation from the new one, telling the old one', async () => {
    const { client, email } = await signedUpAndIn(testbed.app, testbed.smtp);
    const newEmail = uniqueEmail('moved');
    expect((await client.send('POST', '/api/account/email', { newEmail, currentPassword: PASSWORD })).status).toBe(202);
    await testbed.smtp.waitForMessage((m) => m.to.includes(email) && (m.subject ?? '').includes('being changed'));
    const confirm = await testbed.smtp.waitForMessage((m) => m.to.includes(newEmail));
    const response = await new BrowserLikeClient(testbed.app).send('POST', '/api/account/email/confirm', {
      token: tokenFrom(linkFrom(confirm, '/confirm-email')),
    });
    expect(response.status).toBe(200);
    await testbed.smtp.waitForMessage((m) => m.to.includes(email) && (m.subject ?? '').includes('has changed'));
    expect(
      (
        await new BrowserLikeClient(testbed.app).send('POST', '/api/auth/sign-in', {
          email: newEmail,
          password: PASSWORD,
        })
      ).status,
    ).toBe(200);
  });

  it('keeps a security history the person can read', async () => {
    const { client } = await signedUpAndIn(testbed.app, testbed.smtp);
    const events = (await (await client.get('/api/account/security-events')).json()) as { items: { action: string }[] };
    expect(events.items.map((e) => e.action)).toEqual(expect.arrayContaining(['sign_up', 'email_verified', 'sign_in']));
  });
});
