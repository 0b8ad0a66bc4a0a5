import { streams, type Notification, type NotificationPage } from '@commonroom/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../test/fixtures';
import { jsonResponse, mockFetch } from '../../test/mock-fetch';
import { useRealtimeServer } from '../../test/realtime-server';
import { renderApp } from '../../test/render-app';

const grace = buildUser({ displayName: 'Grace Whitfield' });
const tom = { id: crypto.randomUUID(), displayName: 'Tom Hughes' };
const priya = { id: crypto.randomUUID(), displayName: 'Priya Nair' };
const provider = { id: crypto.randomUUID(), slug: 'fenmoor', name: 'University of Fenmoor' };
const community = { id: crypto.randomUUID(), slug: 'science-mentors', name: 'Science mentors' };

function notice(overrides: Partial<Notification> = {}): Notification {
  const threadId = crypto.randomUUID();
  return {
    id: crypto.randomUUID(),
    kind: 'reply',
    actors: [tom],
    actorCount: 1,
    eventCount: 1,
    context: {
      community,
      partnership: { slug: 'p', name: 'Fenmoor partnership', leadProvider: provider },
    },
    thread: { id: threadId, title: 'Planning week one' },
    postNumber: 3,
    sensitive: false,
    path: `/communities/${community.slug}/forum/t/${threadId}#post-3`,
    createdAt: '2026-12-07T15:00:00.000Z',
    updatedAt: '2026-12-07T15:00:00.000Z',
    read: false,
    ...overrides,
  };
}

const page = (items: Notification[], nextCursor: string | null = null): NotificationPage => ({
  items,
  unreadCount: items.filter((n) => !n.read).length,
  nextCursor,
});

describe('the notification bell', () => {
  const server = useRealtimeServer();

  it('says the unread count, follows it live from the stream position, and opens the latest notices', async () => {
    const reply = notice();
    const sensitive = notice({
      kind: 'new_post',
      sensitive: true,
      thread: { id: crypto.randomUUID(), title: 'Pupil A' },
    });
    let unread = 2;
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: grace })),
      '/api/notifications/unread-count': () => jsonResponse({ unreadCount: unread, streamSeq: 41 }),
      '/api/notifications': () => jsonResponse(page(unread ? [reply, sensitive] : [])),
      'POST /api/notifications/read-all': () => {
        unread = 0;
        return jsonResponse({ unreadCount: 0 });
      },
    });
    const { user } = renderApp('/conversations/none');

    const bell = await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    await waitFor(() => expect(server.subscribedFrom(streams.user(grace.id))).toBe(41));
    server.deliver(streams.user(grace.id), 'notification.created', { unreadCount: 3 });
    expect(await screen.findByRole('button', { name: 'Notifications, 3 unread' })).toBe(bell);
    expect(screen.getByText('3 unread notifications')).toBeInTheDocument();

    await user.click(bell);
    const panel = await screen.findByRole('dialog', { name: 'Notifications' });
    const link = await within(panel).findByRole('link', { name: /Tom Hughes replied to your post/ });
    expect(link).toHaveAttribute('href', reply.path);
    expect(within(link).getByText('University of Fenmoor · Science mentors', { exact: false })).toBeInTheDocument();
    // Sensitive: where, but no title and no author.
    expect(within(panel).getByRole('link', { name: /Something new in Science mentors/ })).toBeInTheDocument();
    expect(within(panel).queryByText('Pupil A')).toBeNull();
    expect(within(panel).getByRole('link', { name: 'See all notifications' })).toHaveAttribute(
      'href',
      '/notifications',
    );

    await user.click(within(panel).getByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByRole('button', { name: 'Notifications, 0 unread' })).toBeInTheDocument();
    expect(callsTo('POST', '/api/notifications/read-all')).toHaveLength(1);
  });
});

describe('the notifications page', () => {
  useRealtimeServer();

  it('filters by unread, kind and community (under its provider), marks one read, and shows more', async () => {
    const first = notice({ kind: 'mention', actors: [priya] });
    const older = notice({ kind: 'reaction', actors: [tom, priya], actorCount: 3, read: true });
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: grace })),
      '/api/notifications/unread-count': () => jsonResponse({ unreadCount: 1, streamSeq: 0 }),
      '/api/communities': () =>
        jsonResponse({
          items: [
            {
              ...community,
              type: 'partnership',
              visibility: 'open',
              description: null,
              memberCount: 3,
              parent: null,
              partnership: { slug: 'p', name: 'Fenmoor partnership', leadProvider: provider },
              viewerRole: 'member',
            },
          ],
          total: 1,
          page: 1,
          pageSize: 100,
        }),
      '/api/notifications': (url) =>
        jsonResponse(
          url.searchParams.get('before') ? page([older]) : page([first], `2026-12-07T15:00:00.000Z_${first.id}`),
        ),
      'POST /api/notifications/read': () => jsonResponse({ unreadCount: 0 }),
    });
    const { user, router } = renderApp('/notifications');

    await screen.findByRole('link', { name: /Priya Nair mentioned you/ });
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(
      await screen.findByRole('link', { name: /Tom Hughes and 2 others reacted to your post/ }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Unread' }));
    await user.click(screen.getByRole('combobox', { name: 'Kind' }));
    await user.click(await screen.findByRole('option', { name: 'Mentions' }));
    await user.click(screen.getByRole('combobox', { name: 'Community' }));
    expect(await screen.findByText('Led by University of Fenmoor')).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Science mentors' }));
    await waitFor(() =>
      expect(callsTo('GET', '/api/notifications').at(-1)?.url.search).toBe(
        `?filter=unread&kind=mention&communityId=${community.id}&limit=20`,
      ),
    );
    expect(router.state.location.search).toContain('filter=unread');

    await user.click(await screen.findByRole('link', { name: /Priya Nair mentioned you/ }));
    await waitFor(() => expect(callsTo('POST', '/api/notifications/read')[0]?.body).toEqual({ ids: [first.id] }));
  });
});
