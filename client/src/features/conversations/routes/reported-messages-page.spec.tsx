import type { ConversationList, ModerationQueue } from '@commonroom/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { buildPost } from '../../../test/post-fixtures';
import { errorResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

const admin = buildUser({ displayName: 'Grace Whitfield' });
const priya = { id: crypto.randomUUID(), displayName: 'Priya Nair' };
const mohammed = { id: crypto.randomUUID(), displayName: 'Mohammed Rahman' };
const reported = buildPost({ id: crypto.randomUUID() }, 4, {
  author: priya,
  html: '<p>Tell me where the pupil lives</p>',
  createdAt: '2026-12-07T15:00:00.000Z',
});
const limits = { perMinute: 5, perHour: 30, newMembers: { perMinute: 2, perHour: 10, untilPosts: 3 } };
const queue: ModerationQueue = {
  items: [
    {
      post: reported,
      thread: { id: reported.threadId, title: '' },
      flags: [
        { reason: 'identifies_someone', note: 'Names a pupil', flaggedBy: mohammed, createdAt: reported.createdAt },
      ],
      hidden: null,
    },
  ],
  postingLimits: limits,
};
const list = (reportedMessages: number | null): ConversationList => ({
  items: [],
  unread: 0,
  streamSeq: 0,
  reportedMessages,
});

describe('Reported messages', () => {
  it('shows a platform admin the reported message alone and hides it with a reason', async () => {
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: admin })),
      '/api/conversations': () => jsonResponse(list(1)),
      '/api/moderation/conversations': () =>
        jsonResponse(callsTo('POST', `/api/posts/${reported.id}/moderation`).length ? { ...queue, items: [] } : queue),
      [`POST /api/posts/${reported.id}/moderation`]: () => jsonResponse({ ...reported, state: 'hidden', html: null }),
    });
    const { user } = renderApp('/conversations/reported');

    const item = await screen.findByRole('article', { name: 'Sent by Priya Nair' });
    expect(within(item).getByText('Tell me where the pupil lives')).toBeInTheDocument();
    expect(
      within(item).getByText('Mohammed Rahman: It could identify a pupil, trainee or colleague'),
    ).toBeInTheDocument();
    expect(within(item).getByText('“Names a pupil”')).toBeInTheDocument();

    await user.click(within(item).getByRole('button', { name: 'Hide message' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hide this message' });
    await user.click(within(dialog).getByRole('button', { name: 'Hide message' }));
    expect(within(dialog).getByText('Say why you are hiding it.')).toBeInTheDocument();
    expect(callsTo('POST', `/api/posts/${reported.id}/moderation`)).toEqual([]);
    await user.type(within(dialog).getByRole('textbox'), 'Identifies a pupil');
    await user.click(within(dialog).getByRole('button', { name: 'Hide message' }));
    await waitFor(() =>
      expect(callsTo('POST', `/api/posts/${reported.id}/moderation`).map((c) => c.body)).toEqual([
        { action: 'hide', reason: 'Identifies a pupil' },
      ]),
    );
    expect(await screen.findByText('Message hidden.')).toBeInTheDocument();
    expect(await screen.findByText('No reported messages')).toBeInTheDocument();
  });

  it('is not there for anyone else', async () => {
    mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: admin })),
      '/api/conversations': () => jsonResponse(list(null)),
      '/api/moderation/conversations': () => errorResponse(403, 'forbidden', 'Only platform administrators…'),
    });
    renderApp('/conversations/reported');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
