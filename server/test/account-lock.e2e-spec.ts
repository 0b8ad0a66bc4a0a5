import { MAX_FAILURES_PER_ACCOUNT } from '../src/modules/accounts/sign-in.service';
import { PASSWORD, passwordAccount } from './support/accounts';
import { BrowserLikeClient } from './support/browser-like-client';
import { useAppAndDatabase } from './support/test-app';

const FAILURE_WINDOW_MS = 15 * 60 * 1000;

/**
 * The account lock must hold under a burst: however many wrong passwords arrive at once, at
 * most MAX_FAILURES_PER_ACCOUNT of them are ever checked in one window.
 */
describe('account lock under parallel sign-ins', () => {
  const env = useAppAndDatabase();

  /** Each attempt from its own browser and address, so only the per-account lock can stop them. */
  async function attempts(email: string, count: number, password: string): Promise<number[]> {
    const clients = Array.from({ length: count }, () => new BrowserLikeClient(env.app));
    await Promise.all(clients.map((client) => client.session()));
    const responses = await Promise.all(
      clients.map((client) => client.send('POST', '/api/auth/sign-in', { email, password })),
    );
    return responses.map((response) => response.status);
  }

  const checkedFailures = async (email: string) => {
    const rows: { count: string }[] = await env.dataSource.query(
      `SELECT count(*) AS count FROM audit_events a JOIN users u ON u.id = a.subject_user_id
        WHERE u.email = $1 AND a.action = 'sign_in_failed'`,
      [email],
    );
    return Number(rows[0]?.count);
  };

  /** Failures are counted in fixed 15-minute windows: start where this test cannot cross into the next. */
  async function awayFromWindowEdge(): Promise<void> {
    const left = FAILURE_WINDOW_MS - (Date.now() % FAILURE_WINDOW_MS);
    if (left < 60_000) await new Promise((resolve) => setTimeout(resolve, left + 1000));
  }

  it(`checks at most ${MAX_FAILURES_PER_ACCOUNT} of 100 parallel wrong passwords, refusing the rest`, async () => {
    await awayFromWindowEdge();
    const email = await passwordAccount(env.app);
    const statuses = await attempts(email, 100, 'not the password at all');
    expect(statuses.filter((s) => s === 401)).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(100 - MAX_FAILURES_PER_ACCOUNT);
    expect(await checkedFailures(email)).toBe(MAX_FAILURES_PER_ACCOUNT);
    // The right password is refused too while the account is locked.
    expect(await attempts(email, 1, PASSWORD)).toEqual([429]);
  }, 120_000);

  it('does not count a correct password against the account', async () => {
    await awayFromWindowEdge();
    const email = await passwordAccount(env.app);
    expect(await attempts(email, MAX_FAILURES_PER_ACCOUNT - 1, 'wrong password, nine times')).toEqual(
      Array(MAX_FAILURES_PER_ACCOUNT - 1).fill(401),
    );
    for (let i = 0; i < 3; i++) expect(await attempts(email, 1, PASSWORD)).toEqual([200]);
    expect((await attempts(email, 2, 'wrong again')).sort()).toEqual([401, 429]);
  }, 120_000);
});
