import { paths } from './paths';

/**
 * The page to go back to after signing in, from a `?returnTo=` value. Only paths on this site
 * are allowed: `//evil.example` and `https://evil.example` would send a teacher, just signed
 * in, to someone else's look-alike page (an open redirect).
 */
export function safeReturnTo(value: string | null | undefined, fallback: string = paths.home): string {
  if (!value || !value.startsWith('/')) return fallback;
  // "//host" and "/\host" are protocol-relative in browsers; control characters hide tricks.
  if (value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  return value;
}

/** `/sign-in?returnTo=<path>`, for links and redirects to the sign-in page. */
export function signInHref(returnTo: string): string {
  return `${paths.signIn}?${new URLSearchParams({ returnTo }).toString()}`;
}
