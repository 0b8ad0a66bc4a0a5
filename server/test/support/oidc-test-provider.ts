import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestOidcProvider {
  issuer: string;
  /** Accounts the provider knows: login name → claims. */
  accounts: Map<string, { email: string; email_verified: boolean; name: string }>;
  stop(): Promise<void>;
}

/**
 * A real OpenID Connect provider (node-oidc-provider) on a random loopback port, with its
 * development login and consent screens, for end-to-end sign-in tests.
 */
export async function startOidcProvider(options: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}): Promise<TestOidcProvider> {
  const accounts: TestOidcProvider['accounts'] = new Map();
  const placeholder = 'http://127.0.0.1:1';
  let issuer = placeholder;
  const configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    pkce: { required: () => true },
    cookies: { keys: ['commonroom-test-provider-key'] },
    features: { devInteractions: { enabled: true } },
    findAccount: async (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      return account ? { accountId: sub, claims: async () => ({ sub, ...account }) } : undefined;
    },
  };
  // The issuer must be known before listening: take a port from a throw-away server first.
  const { createServer } = await import('node:http');
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, configuration as never);
  const server = provider.listen(port, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return { issuer, accounts, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
