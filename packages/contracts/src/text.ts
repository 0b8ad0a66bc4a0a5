import { z } from 'zod';

/**
 * Text that cannot be stored or sent on: a NUL character (PostgreSQL's text type refuses it) or
 * half of a UTF-16 surrogate pair (it has no UTF-8 form, so it breaks the database and JSON).
 */
const UNSAFE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNSAFE_TEXT_MESSAGE =
  'This text contains a character that cannot be saved (a hidden control character or half of an emoji). ' +
  'Remove it and try again.';

export function isSafeText(text: string): boolean {
  return !UNSAFE_TEXT.test(text);
}

/** Refines a string schema so unsafe text is refused with a sentence a person understands. */
export function safeText<T extends z.ZodType<string>>(schema: T) {
  return schema.refine(isSafeText, UNSAFE_TEXT_MESSAGE);
}

/**
 * Walks any parsed input (a JSON body, a query or path parameters) and returns the paths of the
 * strings, and object keys, that are unsafe: the one check the HTTP boundary applies to every
 * request, so no route can forget it.
 */
export function unsafeTextPaths(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (!isSafeText(value)) found.push(path.join('.') || '(root)');
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => unsafeTextPaths(item, [...path, String(index)], found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isSafeText(key)) found.push([...path, '(key)'].join('.'));
      unsafeTextPaths(item, [...path, key], found);
    }
  }
  return found;
}
