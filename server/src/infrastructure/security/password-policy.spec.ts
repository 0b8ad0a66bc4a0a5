import { checkNewPassword } from './password-policy';

describe('checkNewPassword', () => {
  it('accepts a long passphrase with no composition rules', () => {
    expect(
      checkNewPassword('marmalade kettle harbour', { email: 'sam@school.org.uk' }, 'body.password'),
    ).toBeUndefined();
  });

  it('refuses passwords from breach lists, whatever their case', () => {
    expect(checkNewPassword('Qwerty123456', {}, 'body.password')?.message).toMatch(/too common/);
    expect(checkNewPassword('1qaz2wsx3edc', {}, 'body.password')?.message).toMatch(/too common/);
  });

  it('refuses repetitive passwords and ones built on the email address', () => {
    expect(checkNewPassword('aaaaaaaaaaaaaaaa', {}, 'p')?.message).toMatch(/too common/);
    expect(checkNewPassword('priya.shah2026!!', { email: 'priya.shah@school.org.uk' }, 'p')?.message).toMatch(
      /email address/,
    );
  });

  it('names the field and enforces the length limits', () => {
    expect(checkNewPassword('short', {}, 'body.newPassword')).toEqual({
      path: 'body.newPassword',
      message: 'Use between 12 and 128 characters.',
    });
    expect(checkNewPassword('x'.repeat(129), {}, 'p')?.message).toMatch(/between 12 and 128/);
  });
});
