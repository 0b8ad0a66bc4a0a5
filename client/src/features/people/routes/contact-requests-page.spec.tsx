import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import { buildReceived } from '../../../test/people-fixtures';

describe('Contact requests', () => {
  it('lists pending requests first, accepts one sharing only what was chosen, and opens the conversation', async () => {
    const old = buildReceived({
      from: { userId: crypto.randomUUID(), displayName: 'Ben Old' },
      status: 'declined',
      senderBlocked: true,
      sentAt: '2026-01-07T10:00:00.000Z',
      decidedAt: '2026-01-07T11:00:00.000Z',
    });
    let pending = buildReceived();
    const viewer = buildUser();
    const conversationId = crypto.randomUUID();
    const conversation = {
      id: conversationId,
      kind: 'direct',
      participants: [
        { id: viewer.id, displayName: viewer.displayName },
        { id: pending.from.userId, displayName: pending.from.displayName },
      ],
      postCount: 0,
      streamSeq: 0,
      viewer: { lastReadNumber: 0, abilities: { reply: true, addPeople: false, flag: true } },
    };
    const { callsTo } = mockFetch({
      [`/api/conversations/${conversationId}`]: () => jsonResponse(conversation),
      [`/api/threads/${conversationId}/posts`]: () =>
        jsonResponse({ items: [], page: 1, pageSize: 20, total: 0, pageCount: 1 }),
      [`/api/me/drafts/reply:${conversationId}`]: () => jsonResponse({ draft: null }),
      '/api/auth/session': () => jsonResponse(buildSession({ user: viewer })),
      '/api/me/contact-requests/received': () =>
        jsonResponse({ items: [old, pending], pending: pending.status === 'pending' ? 1 : 0 }),
      [`POST /api/me/contact-requests/${pending.id}/accept`]: () => {
        pending = {
          ...pending,
          status: 'accepted',
          sharedContact: { email: 'sam@oakfield.example.org', phone: null, note: 'Mornings are best' },
          decidedAt: '2026-01-08T09:00:00.000Z',
        };
        return jsonResponse({ ...pending, conversationId });
      },
    });
    const { user } = renderApp('/contact-requests');

    const articles = await screen.findAllByRole('article');
    expect(articles.map((article) => article.getAttribute('aria-label'))).toEqual([
      'Request from Jo Coordinator',
      'Request from Ben Old',
    ]);
    expect(screen.getByRole('tab', { name: 'Received (1 new)' })).toHaveAttribute('aria-selected', 'true');
    expect(within(articles[1] as HTMLElement).getByText('Blocked')).toBeInTheDocument();

    const request = articles[0] as HTMLElement;
    await user.click(within(request).getByRole('button', { name: 'Accept' }));
    await user.click(within(request).getByRole('checkbox', { name: 'My contact email' }));
    await user.click(within(request).getByRole('button', { name: 'Accept and share' }));
    expect(await within(request).findByText('Choose at least one way to be contacted.')).toBeInTheDocument();
    expect(callsTo('POST', `/api/me/contact-requests/${pending.id}/accept`)).toHaveLength(0);

    await user.click(within(request).getByRole('checkbox', { name: 'My contact email' }));
    await user.type(within(request).getByRole('textbox', { name: /A note/ }), 'Mornings are best');
    await user.click(within(request).getByRole('button', { name: 'Accept and share' }));

    // Accepting opens a private conversation with the sender, and goes straight there.
    expect(await screen.findByRole('heading', { level: 1, name: 'With Jo Coordinator' })).toBeInTheDocument();
    expect(callsTo('POST', `/api/me/contact-requests/${pending.id}/accept`).map((call) => call.body)).toEqual([
      { shareEmail: true, sharePhone: false, note: 'Mornings are best' },
    ]);
    // The message box opens once its draft (none here) has arrived.
    expect(await screen.findByRole('textbox', { name: /Your message/ })).toBeInTheDocument();
  });
});
