import { errorBodySchema, recoveryCodesSchema, signInResultSchema, totpSetupSchema } from '@commonroom/contracts';
import { generateSync } from 'otplib';
import { PASSWORD, signedUpAndIn, useAppWithMail } from './support/accounts';
import { BrowserLikeClient } from './support/browser-like-client';

/** A code for the current 30-second step, or the next one (a code is accepted only once). */
const codeAt = (secret: string, offsetSteps = 0) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });

describe('two-factor authentication (TOTP)', () => {
  const testbed = useAppWithMail();

  async function enrolled() {
    const { client, email } = await signedUpAndIn(testbed.app, testbed.smtp);
    const setup = totpSetupSchema.parse(await (await client.send('POST', '/api/account/two-factor/setup')).json());
    expect(setup.otpauthUrl).toContain('issuer=Commonroom');
    expect(setup.qrSvg).toMatch(/^<svg/);
    const wrong = await client.send('POST', '/api/account/two-factor/enable', { code: '000000' });
    expect(wrong.status).toBe(401);
    const enabled = await client.send('POST', '/api/account/two-factor/enable', { code: codeAt(setup.secret) });
    expect(enabled.status).toBe(200);
    const { codes } = recoveryCodesSchema.parse(await enabled.json());
    return { client, email, secret: setup.secret, codes };
  }

  it('enrols with a code from the testbed.app, then asks for a code at every sign-in', async () => {
    const { email, secret, codes } = await enrolled();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);

    const browser = new BrowserLikeClient(testbed.app);
    const first = signInResultSchema.parse(
      await (await browser.send('POST', '/api/auth/sign-in', { email, password: PASSWORD })).json(),
    );
    expect(first).toEqual({ status: 'second_factor_required' });
    // Half signed in grants nothing.
    expect((await browser.get('/api/account/sessions')).status).toBe(401);
    expect((await browser.session()).secondFactorPending).toBe(true);

    const bad = await browser.send('POST', '/api/auth/sign-in/second-factor', { code: '123456' });
    expect(errorBodySchema.parse(await bad.json()).error.code).toBe('second_factor_invalid');
    const done = await browser.send('POST', '/api/auth/sign-in/second-factor', { code: codeAt(secret, 1) });
    expect(signInResultSchema.parse(await done.json())).toMatchObject({
      status: 'signed_in',
      user: { email, twoFactorEnabled: true },
    });
    expect((await browser.get('/api/account/sessions')).status).toBe(200);
  });

  it('never accepts the same code twice, and each recovery code works once', async () => {
    const { email, secret, codes } = await enrolled();
    const reused = codeAt(secret); // already used to enrol
    const browser = new BrowserLikeClient(testbed.app);
    await browser.send('POST', '/api/auth/sign-in', { email, password: PASSWORD });
    expect((await browser.send('POST', '/api/auth/sign-in/second-factor', { code: reused })).status).toBe(401);
    expect(
      (await browser.send('POST', '/api/auth/sign-in/second-factor', { code: codes[0]!.toUpperCase() })).status,
    ).toBe(200);

    const again = new BrowserLikeClient(testbed.app);
    await again.send('POST', '/api/auth/sign-in', { email, password: PASSWORD });
    expect((await again.send('POST', '/api/auth/sign-in/second-factor', { code: codes[0] })).status).toBe(401);
  });

  it('turns off only with a valid code', async () => {
    const { client, secret } = await enrolled();
    expect((await client.send('POST', '/api/account/two-factor/disable', { code: '999999' })).status).toBe(401);
    expect((await client.send('POST', '/api/account/two-factor/disable', { code: codeAt(secret, 1) })).status).toBe(
      204,
    );
    const events = (await (await client.get('/api/account/security-events')).json()) as { items: { action: string }[] };
    expect(events.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['two_factor_enabled', 'two_factor_disabled']),
    );
  });
});
