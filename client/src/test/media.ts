import { vi } from 'vitest';

/**
 * A screen at least 62em wide (Mantine's md), as a desktop browser reports it: every `min-width`
 * media query matches. jsdom's default (see setup.ts) is a phone, where nothing matches. Undo with
 * `vi.restoreAllMocks()`.
 */
export function wideScreen(): void {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: query.includes('min-width'),
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList,
  );
}
