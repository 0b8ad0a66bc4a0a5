import { vi } from 'vitest';

/** A MediaQueryList as jsdom lacks it: `matches` fixed, listeners ignored. */
export function fakeMediaQueryList(query: string, matches: boolean): MediaQueryList {
  return {
    matches,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  };
}

/**
 * A screen at least 62em wide (Mantine's md), as a desktop browser reports it: every `min-width`
 * media query matches. jsdom's default (see setup.ts) is a phone, where nothing matches. Undo with
 * `vi.restoreAllMocks()`.
 */
export function wideScreen(): void {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    fakeMediaQueryList(query, query.includes('min-width')),
  );
}
