import { signInMethodsSchema } from '@commonroom/contracts';
import { PASSWORD, signedUpAndIn, uniqueEmail } from './support/accounts';
import { BrowserLikeClient } from './support/browser-like-client';
import { startOidcProvider, type TestOidcProvider } from './support/oidc-test-provider';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';

const PUBLIC_URL = 'http://localhost:3000';

/**
 * Walks the provider's login and consent screens like a person would, keeping the provider's
 * cookies, and returns the app path the provider finally redirects to (our callback).
 */
async function signInAtProvider(authorizationUrl: string, login: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = new URL(authorizationUrl);
  let form: Record<string, string> | undefined;
  for (let hops = 0; hops < 20; hops++) {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const index = pair.indexOf('=');
      jar.set(pair.slice(0, index), pair.slice(index + 1));
    }
    form = undefined;
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.origin === PUBLIC_URL) return next.pathname + next.search;
      url = next;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`The provider showed no form (status ${response.status})`);
    url = new URL(action.replace(/&amp;/g, '&'), url);
    form = html.includes('name="login"') ? { prompt: 'login', login, password: 'any' } : { prompt: 'consent' };
  }
  throw new Error('The provider never redirected back');
}

describe('sign-in with OpenID Connect against a real provider', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let provider: TestOidcProvider;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    provider = await startOidcProvider({
      clientId: 'commonroom',
      clientSecret: 'provider-secret',
      redirectUri: `${PUBLIC_URL}/api/auth/oidc/fenmoor-schools/callback`,
    });
    const providers = [
      {
        id: 'fenmoor-schools',
        name: 'Fenmoor Schools',
        issuer: provider.issuer,
        clientId: 'commonroom',
        clientSecret: 'provider-secret',
      },
    ];
    app = await startTestApp({
      SMTP_URL: smtp.url,
      TRUST_PROXY: 'true',
      PUBLIC_URL,
      OIDC_PROVIDERS: JSON.stringify(providers),
    });
  });
  afterAll(async () => {
    await app.close();
    await provider.stop();
    await smtp.stop();
  });

  /** Starts at our /start route, signs in at the provider, and comes back through our callback. */
  async function roundTrip(
    browser: BrowserLikeClient,
    login: string,
    query = 'returnTo=/organisations',
  ): Promise<Response> {
    const start = await browser.get(`/api/auth/oidc/fenmoor-schools/start?${query}`);
    expect(start.status).toBe(302);
    const callbackPath = await signInAtProvider(start.headers.get('location')!, login);
    return browser.get(callbackPath);
  }

  it('creates an account on first sign-in and signs the person in', async () => {
    const email = uniqueEmail('entra');
    provider.accounts.set('amina', { email, email_verified: true, name: 'Amina Okafor' });
    const browser = new BrowserLikeClient(app);
    expect((await browser.session()).providers).toEqual([{ id: 'fenmoor-schools', name: 'Fenmoor Schools' }]);

    const back = await roundTrip(browser, 'amina');
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toBe('/organisations');
    const session = await browser.session();
    expect(session.user).toMatchObject({ email });
    // The second time, the same provider account finds the same Commonroom account.
    const again = new BrowserLikeClient(app);
    await roundTrip(again, 'amina');
    expect((await again.session()).user?.id).toBe(session.user?.id);
  });

  it('does not take over an existing account just because the email matches', async () => {
    const { email } = await signedUpAndIn(app, smtp);
    provider.accounts.set('intruder', { email, email_verified: true, name: 'Someone Else' });
    const browser = new BrowserLikeClient(app);
    const back = await roundTrip(browser, 'intruder');
    expect(back.headers.get('location')).toBe('/sign-in?error=oidc_account_exists');
    expect((await browser.session()).user).toBeNull();
  });

  it('links a provider account to a signed-in person, who can then use either method but not remove the last one', async () => {
    const { client, email } = await signedUpAndIn(app, smtp);
    provider.accounts.set('owner', { email: uniqueEmail('work'), email_verified: true, name: 'Sam Mentor' });
    const linked = await roundTrip(client, 'owner', 'link=1&returnTo=/settings/security');
    expect(linked.headers.get('location')).toBe('/settings/security');

    const methods = signInMethodsSchema.parse(await (await client.get('/api/account/sign-in-methods')).json());
    expect(methods).toMatchObject({
      hasPassword: true,
      items: [{ provider: 'fenmoor-schools', providerName: 'Fenmoor Schools' }],
    });

    const viaProvider = new BrowserLikeClient(app);
    await roundTrip(viaProvider, 'owner');
    expect((await viaProvider.session()).user?.email).toBe(email);
    expect(
      (await new BrowserLikeClient(app).send('POST', '/api/auth/sign-in', { email, password: PASSWORD })).status,
    ).toBe(200);

    expect((await client.send('DELETE', `/api/account/sign-in-methods/${methods.items[0]!.id}`)).status).toBe(204);
  });

  it('refuses to remove the only way an account can sign in', async () => {
    provider.accounts.set('solo', { email: uniqueEmail('solo'), email_verified: true, name: 'Solo User' });
    const browser = new BrowserLikeClient(app);
    await roundTrip(browser, 'solo');
    await browser.session();
    const methods = signInMethodsSchema.parse(await (await browser.get('/api/account/sign-in-methods')).json());
    expect(methods.hasPassword).toBe(false);
    const removal = await browser.send('DELETE', `/api/account/sign-in-methods/${methods.items[0]!.id}`);
    expect(removal.status).toBe(409);
  });

  it('rejects a callback whose state was not issued to this browser', async () => {
    const browser = new BrowserLikeClient(app);
    const response = await browser.get('/api/auth/oidc/fenmoor-schools/callback?code=stolen&state=guess');
    expect(response.headers.get('location')).toBe('/sign-in?error=oidc_failed');
  });
});
