import { randomBytes, randomUUID } from 'node:crypto';
import { constantTimeEquals } from '../../infrastructure/security/secure-token';
import { UnsubscribeTokenSigner, type UnsubscribeGrant } from './unsubscribe-tokens';

// Wrap the real comparison so the test can see that MACs go through it, never through `===`.
jest.mock('../../infrastructure/security/secure-token', () => {
  const actual = jest.requireActual<typeof import('../../infrastructure/security/secure-token')>(
    '../../infrastructure/security/secure-token',
  );
  return { ...actual, constantTimeEquals: jest.fn(actual.constantTimeEquals) };
});

const grace = randomUUID();
const tom = randomUUID();
const thread = randomUUID();
const community = randomUUID();

function tamper(token: string, change: (parts: string[]) => string[]): string {
  const [encoded, mac] = token.split('.');
  const parts = change(Buffer.from(encoded!, 'base64url').toString('utf8').split('|'));
  return `${Buffer.from(parts.join('|')).toString('base64url')}.${mac}`;
}

describe('UnsubscribeTokenSigner', () => {
  const signer = new UnsubscribeTokenSigner(randomBytes(32));

  it.each<UnsubscribeGrant>([
    { userId: grace, scope: 'thread', scopeId: thread },
    { userId: grace, scope: 'community', scopeId: community },
    { userId: grace, scope: 'all', scopeId: null },
  ])('round-trips a $scope token, URL-safe', (grant) => {
    const token = signer.sign(grant);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(signer.verify(token)).toEqual(grant);
  });

  it("will not let a token for Grace unsubscribe Tom (the person in the token is Grace's, whatever is sent)", () => {
    const graceToken = signer.sign({ userId: grace, scope: 'all', scopeId: null });
    expect(signer.verify(graceToken)?.userId).toBe(grace);
    expect(signer.verify(tamper(graceToken, ([, scope, id]) => [tom, scope!, id!]))).toBeNull();
    // Tom's MAC on Grace's payload fails too.
    const tomToken = signer.sign({ userId: tom, scope: 'all', scopeId: null });
    expect(signer.verify(`${graceToken.split('.')[0]}.${tomToken.split('.')[1]}`)).toBeNull();
  });

  it('refuses a changed scope or id', () => {
    const token = signer.sign({ userId: grace, scope: 'thread', scopeId: thread });
    expect(signer.verify(tamper(token, ([u, , id]) => [u!, 'community', id!]))).toBeNull();
    expect(signer.verify(tamper(token, ([u]) => [u!, 'all', '']))).toBeNull();
    expect(signer.verify(tamper(token, ([u, s]) => [u!, s!, community]))).toBeNull();
  });

  it('refuses tokens signed with another key, and malformed ones', () => {
    const other = new UnsubscribeTokenSigner(randomBytes(32));
    expect(signer.verify(other.sign({ userId: grace, scope: 'all', scopeId: null }))).toBeNull();
    for (const bad of ['', '.', 'abc', 'a.b.c', `${Buffer.from('x|all|').toString('base64url')}.zz`])
      expect(signer.verify(bad)).toBeNull();
  });

  it('compares MACs in constant time', () => {
    const compare = jest.mocked(constantTimeEquals);
    compare.mockClear();
    const token = signer.sign({ userId: grace, scope: 'all', scopeId: null });
    expect(signer.verify(`${token.slice(0, -2)}AA`)).toBeNull();
    expect(compare).toHaveBeenCalledTimes(1);
  });
});
