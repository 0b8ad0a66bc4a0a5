import type { Home, HomeThread, HomeThreadPage } from '@commonroom/contracts';

export const MATHS = { id: '00000000-0000-4000-8000-0000000000a1', slug: 'maths-mentors', name: 'Maths Mentors East' };

/** A valid home thread (it passes the contract schema), changed by `overrides`. */
export function buildHomeThread(overrides: Partial<HomeThread> = {}): HomeThread {
  return {
    id: crypto.randomUUID(),
    title: 'Planning the first week of a placement',
    community: MATHS,
    postCount: 4,
    lastPostAt: '2026-01-06T15:30:00.000Z',
    lastPoster: { id: crypto.randomUUID(), displayName: 'Priya Nair' },
    unreadCount: 0,
    ...overrides,
  };
}

export function buildThreadPage(items: HomeThread[], nextCursor: string | null = null): HomeThreadPage {
  return { items, nextCursor };
}

/** A signed-in home with nothing in it, changed by `overrides`. */
export function buildHome(overrides: Partial<Home> = {}): Home {
  return {
    unread: buildThreadPage([]),
    latest: buildThreadPage([]),
    waiting: { contactRequests: 0, invitations: [], facilitating: { total: 0, communities: [] } },
    communities: [],
    ...overrides,
  };
}
