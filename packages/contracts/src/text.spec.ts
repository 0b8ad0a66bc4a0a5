import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isSafeText, safeText, UNSAFE_TEXT_MESSAGE, unsafeTextPaths } from './text.js';

describe('safe text', () => {
  it('accepts ordinary text, including emoji made of a whole surrogate pair', () => {
    for (const text of ['', 'Hello', 'Café ☕', 'Well done 👏🏽', 'line\nbreak\ttab']) {
      expect(isSafeText(text)).toBe(true);
    }
  });

  it('refuses NUL and lone surrogates, at any position', () => {
    for (const text of ['\u0000', 'a\u0000b', '\ud800', 'x\ud83d', '\udc00y', 'a\udc00\ud800b']) {
      expect(isSafeText(text)).toBe(false);
    }
  });

  it('gives a schema the refusal with a clear sentence', () => {
    const result = safeText(z.string().max(10)).safeParse('a\u0000');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(UNSAFE_TEXT_MESSAGE);
  });

  it('names the path of every unsafe string or key in a nested value', () => {
    const value = { title: 'ok', tags: ['fine', 'b\u0000ad'], nested: { ['k\ud800']: 1, raw: '\udfff' } };
    expect(unsafeTextPaths(value)).toEqual(['tags.1', 'nested.(key)', 'nested.raw']);
    expect(unsafeTextPaths('\u0000')).toEqual(['(root)']);
    expect(unsafeTextPaths({ n: 1, b: true, z: null })).toEqual([]);
  });
});
