import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const sut = new SecretBox(randomBytes(32));

  it('round-trips a secret and never produces the same ciphertext twice', () => {
    const a = sut.seal('JBSWY3DPEHPK3PXP');
    const b = sut.seal('JBSWY3DPEHPK3PXP');
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sut.open(a)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses a tampered or foreign ciphertext', () => {
    const sealed = sut.seal('secret');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('other').toString('base64url');
    expect(() => sut.open(parts.join('.'))).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow();
  });

  it('needs a key of at least 32 bytes', () => {
    expect(() => new SecretBox(randomBytes(16))).toThrow('at least 32 bytes');
  });
});
