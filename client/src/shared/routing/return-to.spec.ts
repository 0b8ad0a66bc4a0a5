import { describe, expect, it } from 'vitest';
import { safeReturnTo, signInHref } from './return-to';

describe('safeReturnTo', () => {
  it('keeps a path on this site, with its query string', () => {
    expect(safeReturnTo('/organisations?kind=hei')).toBe('/organisations?kind=hei');
  });

  it.each([
    ['a protocol-relative address', '//evil.example'],
    ['an absolute address', 'https://evil.example'],
    ['a backslash trick', '/\\evil.example'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['a relative path', 'settings'],
    ['a hidden line break', '/\n/evil.example'],
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
