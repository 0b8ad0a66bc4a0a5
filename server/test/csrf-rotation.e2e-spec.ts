import { BrowserLikeClient } from './support/browser-like-client';
import { PASSWORD, passwordAccount } from './support/accounts';
import { useAppAndDatabase } from './support/test-app';

/** A CSRF token known before sign-in (planted by an attacker, or left on a shared computer) must not survive it. */
describe('CSRF token rotation', () => {
  const env = useAppAndDatabase();

  it('issues a new CSRF token at sign-in and sign-out, and refuses the old one', async () => {
    const email = await passwordAccount(env.app);
    const browser = new BrowserLikeClient(env.app);
    const before = (await browser.session()).csrfToken;

    const signIn = await browser.send('POST', '/api/auth/sign-in', { email, password: PASSWORD });
    expect(signIn.status).toBe(200);
    const afterSignIn = (await browser.session()).csrfToken;
    expect(afterSignIn).not.toBe(before);
    const withOld = await browser.send(
      'PATCH',
      '/api/account/profile',
      { displayName: 'Sam Mentor' },
      { csrf: before },
    );
    expect(withOld.status).toBe(403);
    expect(
      (await browser.send('PATCH', '/api/account/profile', { displayName: 'Sam Mentor' }, { csrf: afterSignIn }))
        .status,
    ).toBe(200);

    expect((await browser.send('POST', '/api/auth/sign-out', undefined, { csrf: afterSignIn })).status).toBe(204);
    expect((await browser.session()).csrfToken).not.toBe(afterSignIn);
  });
});
