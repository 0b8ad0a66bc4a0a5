import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../../src/infrastructure/security/password-hasher';
import { UserEntity } from '../../src/modules/accounts/user.entity';
import { BrowserLikeClient } from './browser-like-client';
import { linkFrom, startSmtpSink, type SmtpSink } from './smtp-sink';
import { startTestApp, type TestApp } from './test-app';

export const PASSWORD = 'correct horse battery staple';

export function uniqueEmail(label = 'mentor'): string {
  return `${label}-${randomUUID().slice(0, 8)}@school.example.org`;
}

/** The token at the end of an emailed link such as /verify-email?token=… */
export function tokenFrom(link: string): string {
  return new URL(link).searchParams.get('token') ?? '';
}

/** Signs up through the API, confirms the address from the real email, and signs in. */
export async function signedUpAndIn(
  app: TestApp,
  smtp: SmtpSink,
  email = uniqueEmail(),
): Promise<{ client: BrowserLikeClient; email: string }> {
  const client = new BrowserLikeClient(app);
  await client.send('POST', '/api/auth/sign-up', { email, password: PASSWORD, displayName: 'Sam Mentor' });
  const mail = await smtp.waitForMessage(
    (m) => m.to.includes(email) && (m.subject ?? '').includes('Confirm your email'),
  );
  await client.send('POST', '/api/auth/verify-email', { token: tokenFrom(linkFrom(mail, '/verify-email')) });
  const signIn = await client.send('POST', '/api/auth/sign-in', { email, password: PASSWORD });
  if (signIn.status !== 200) throw new Error(`sign-in failed: ${signIn.status}`);
  await client.session();
  return { client, email };
}

/**
 * Registers beforeAll/afterAll that start a real SMTP server and the app sending to it (trusting
 * X-Forwarded-For, so each test client has its own address). Read `app` and `smtp` inside tests.
 */
export function useAppWithMail(env: Record<string, string> = {}): { readonly app: TestApp; readonly smtp: SmtpSink } {
  const state = {} as { app: TestApp; smtp: SmtpSink };
  beforeAll(async () => {
    state.smtp = await startSmtpSink();
    state.app = await startTestApp({ SMTP_URL: state.smtp.url, TRUST_PROXY: 'true', ...env });
  });
  afterAll(async () => {
    await state.app?.close();
    await state.smtp?.stop();
  });
  return state;
}

/** A confirmed account with PASSWORD, inserted directly (no email round trip); returns its address. */
export async function passwordAccount(app: TestApp, email = uniqueEmail()): Promise<string> {
  const passwordHash = await app.app.get(PasswordHasher).hash(PASSWORD);
  const users = app.app.get(DataSource).getRepository(UserEntity);
  await users.save(users.create({ email, displayName: 'Sam Mentor', passwordHash, emailVerifiedAt: new Date() }));
  return email;
}
