import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../shared/i18n/i18n';
import { fakeMediaQueryList } from './media';

// findBy*/waitFor wait up to 5 s: CI runs on two cores, where 1 s (the default) is not always
// enough for a render after a mocked request. Assertions stay the same; only patience changes.
configure({ asyncUtilTimeout: 5000 });

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// Mantine reads these browser APIs, which jsdom does not implement.
if (!window.matchMedia) {
  // A phone-sized screen: no media query matches (`wideScreen()` in media.ts says otherwise).
  window.matchMedia = (query: string): MediaQueryList => fakeMediaQueryList(query, false);
}

if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
