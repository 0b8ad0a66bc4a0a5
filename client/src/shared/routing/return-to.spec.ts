import { describe, expect, it } from 'vitest';
import { safeReturnTo, signInHref } from './return-to';

describe('safeReturnTo', () => {
  it('keeps a path on this site, with its query string', () => {
    expect(safeReturnTo('/organisations?kind=hei')).toBe('/organisations?kind=hei');
  });

  it('keeps a shared thread link with its page and post, so sign-in lands on the post', () => {
    const link = '/communities/maths-mentors/forum/t/6f1c1a8e-0000-4000-8000-000000000001?page=2#post-23';
    expect(safeReturnTo(link)).toBe(link);
    expect(safeReturnTo(new URLSearchParams(signInHref(link).split('?')[1]).get('returnTo'))).toBe(link);
  });

  it.each([
    ['a protocol-relative address', '//evil.example'],
    ['an absolute address', 'https://evil.example'],
    ['a backslash trick', '/\\evil.example'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['a relative path', 'settings'],
    ['a hidden line break', '/\n/evil.example'],
    ['a hidden tab', '/\t/evil.example'],
  ])('refuses %s and goes home instead', (_name, value) => {
    expect(safeReturnTo(value)).toBe('/');
  });

  it('goes to the fallback when there is no value', () => {
    expect(safeReturnTo(null, '/settings')).toBe('/settings');
  });
});

describe('signInHref', () => {
  it('encodes the page to come back to', () => {
    expect(signInHref('/settings/security?x=1')).toBe('/sign-in?returnTo=%2Fsettings%2Fsecurity%3Fx%3D1');
  });
});
