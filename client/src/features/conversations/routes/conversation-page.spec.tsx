import type { Conversation, ConversationList, Post, StreamEnvelope } from '@commonroom/contracts';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installFakeRealtime, type FakeRealtimeSocket } from '../../../test/fake-realtime-socket';
import { buildSession, buildUser } from '../../../test/fixtures';
import { buildPost, buildPostPage } from '../../../test/post-fixtures';
import { emptyResponse, errorResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

const viewer = buildUser({ displayName: 'Priya Nair' });
const mohammed = { id: crypto.randomUUID(), displayName: 'Mohammed Rahman' };
const ID = crypto.randomUUID();
const conversation: Conversation = {
  id: ID,
  kind: 'direct',
  participants: [{ id: viewer.id, displayName: viewer.displayName }, mohammed],
  postCount: 1,
  streamSeq: 7,
  viewer: { lastReadNumber: 0, abilities: { reply: true, addPeople: false, flag: true } },
};

/** A message of this conversation. */
const message = (number: number, author: { id: string; displayName: string }, text: string): Post =>
  buildPost({ id: ID }, number, { author, html: `<p>${text}</p>`, createdAt: '2026-12-07T15:00:00.000Z' });

const noConversations: ConversationList = { items: [], unread: 0, streamSeq: 0, reportedMessages: null };

describe('Conversations', () => {
  let realtime: { sockets: FakeRealtimeSocket[]; uninstall: () => void };
  beforeEach(() => {
    realtime = installFakeRealtime();
  });
  afterEach(() => realtime.uninstall());

  /** Answers the page's subscription to `stream` as a server with no news would. */
  function acknowledge(stream: string) {
    const socket = realtime.sockets[0]!;
    const sent = socket.subscribes.find((s) => s.request.stream === stream)!;
    act(() => sent.ack({ ok: true, stream, replayed: 0, headSeq: sent.request.afterSeq, reset: false }));
    return { socket, afterSeq: sent.request.afterSeq };
  }

  it('lists conversations with who they are with, the last message and how many are new', async () => {
    const list: ConversationList = {
      items: [
        {
          id: ID,
          kind: 'direct',
          participants: [mohammed],
          lastMessage: { author: mohammed, excerpt: 'Tuesday at four?', createdAt: '2026-12-07T15:00:00.000Z' },
          lastActivityAt: '2026-12-07T15:00:00.000Z',
          unreadCount: 2,
        },
      ],
      unread: 1,
      streamSeq: 3,
      reportedMessages: null,
    };
    mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: viewer })),
      '/api/conversations': () => jsonResponse(list),
    });
    renderApp('/conversations');

    const row = (await screen.findByRole('link', { name: 'Mohammed Rahman' })).closest('li') as HTMLElement;
    expect(row.querySelector('a')).toHaveAttribute('href', `/conversations/${ID}`);
    expect(within(row).getByText('Mohammed Rahman: Tuesday at four?')).toBeInTheDocument();
    expect(within(row).getByText('2 new')).toBeInTheDocument();
    await waitFor(() =>
      expect(realtime.sockets[0]?.subscribes[0]?.request).toEqual({ stream: `user:${viewer.id}`, afterSeq: 3 }),
    );
  });

  it('shows the messages, sends one with an Idempotency-Key, and shows the other person’s reply live', async () => {
    const first = message(1, mohammed, 'Could we talk about placements?');
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: viewer })),
      '/api/conversations': () => jsonResponse(noConversations),
      [`/api/conversations/${ID}`]: () => jsonResponse(conversation),
      [`/api/threads/${ID}/posts`]: () => jsonResponse(buildPostPage([first])),
      [`PUT /api/threads/${ID}/read`]: () => emptyResponse(204),
      [`POST /api/threads/${ID}/posts`]: () => jsonResponse(message(2, viewer, 'Yes, Tuesday?'), { status: 201 }),
    });
    const { user } = renderApp(`/conversations/${ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'With Mohammed Rahman' })).toBeInTheDocument();
    const log = screen.getByRole('log', { name: 'Messages' });
    expect(await within(log).findByText('Could we talk about placements?')).toBeInTheDocument();
    await waitFor(() => expect(callsTo('PUT', `/api/threads/${ID}/read`).map((c) => c.body)).toEqual([{ number: 1 }]));

    await user.type(screen.getByRole('textbox', { name: /Your message/ }), 'Yes, Tuesday?');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await within(log).findByText('Yes, Tuesday?')).toBeInTheDocument();
    const [sent] = callsTo('POST', `/api/threads/${ID}/posts`);
    expect(sent?.body).toEqual({ raw: 'Yes, Tuesday?' });
    expect(sent?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByRole('textbox', { name: /Your message/ })).toHaveValue('');

    const stream = `thread:${ID}`;
    await waitFor(() => expect(realtime.sockets[0]?.subscribes.some((s) => s.request.stream === stream)).toBe(true));
    const { socket, afterSeq } = acknowledge(stream);
    expect(afterSeq).toBe(7);
    const reply = message(3, mohammed, 'Tuesday at four works.');
    const envelope: StreamEnvelope = {
      stream,
      seq: 8,
      type: 'post.created',
      payload: { post: reply },
      occurredAt: new Date().toISOString(),
    };
    act(() => socket.fire('stream.event', envelope));
    expect(await within(log).findByText('Tuesday at four works.')).toBeInTheDocument();
  });

  it('answers "Page not found" for a conversation the person is not in', async () => {
    mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: viewer })),
      '/api/conversations': () => jsonResponse(noConversations),
      [`/api/conversations/${ID}`]: () => errorResponse(404, 'not_found', 'That discussion was not found.'),
    });
    renderApp(`/conversations/${ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('reports someone else’s message to the administrators and says so on the message', async () => {
    const theirs = message(1, mohammed, 'Send me the pupil’s address');
    const mine = message(2, viewer, 'I would rather not');
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: viewer })),
      '/api/conversations': () => jsonResponse(noConversations),
      [`/api/conversations/${ID}`]: () => jsonResponse({ ...conversation, postCount: 2 }),
      [`/api/threads/${ID}/posts`]: () => jsonResponse(buildPostPage([theirs, mine])),
      [`PUT /api/threads/${ID}/read`]: () => emptyResponse(204),
      [`POST /api/posts/${theirs.id}/flags`]: () => emptyResponse(204),
    });
    const { user } = renderApp(`/conversations/${ID}`);

    const log = await screen.findByRole('log', { name: 'Messages' });
    const [theirItem, myItem] = await within(log).findAllByRole('article');
    expect(within(myItem!).queryByRole('button', { name: 'Report' })).not.toBeInTheDocument();
    await user.click(within(theirItem!).getByRole('button', { name: 'Report' }));
    const dialog = await screen.findByRole('dialog', { name: 'Report this message from Mohammed Rahman' });
    await user.click(within(dialog).getByRole('button', { name: 'Send report' }));
    expect(within(dialog).getByText('Choose a reason.')).toBeInTheDocument();
    expect(callsTo('POST', `/api/posts/${theirs.id}/flags`)).toEqual([]);

    await user.click(within(dialog).getByRole('radio', { name: 'It could identify a pupil, trainee or colleague' }));
    await user.type(within(dialog).getByRole('textbox'), 'Asks for an address');
    await user.click(within(dialog).getByRole('button', { name: 'Send report' }));
    await waitFor(() =>
      expect(callsTo('POST', `/api/posts/${theirs.id}/flags`).map((c) => c.body)).toEqual([
        { reason: 'identifies_someone', note: 'Asks for an address' },
      ]),
    );
    expect(
      await within(theirItem!).findByText('You reported this message. An administrator will look at it.'),
    ).toBeInTheDocument();
    expect(within(theirItem!).queryByRole('button', { name: 'Report' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('restores a half-written message from the server draft, saves changes, and clears the draft when sent', async () => {
    const DRAFT = `/api/me/drafts/reply:${ID}`;
    const draft = { key: `reply:${ID}`, title: null, replyToPostId: null, updatedAt: '2026-12-07T15:05:00.000Z' };
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: viewer })),
      '/api/conversations': () => jsonResponse(noConversations),
      [`/api/conversations/${ID}`]: () => jsonResponse(conversation),
      [`/api/threads/${ID}/posts`]: () => jsonResponse(buildPostPage([message(1, mohammed, 'How did the visit go?')])),
      [`PUT /api/threads/${ID}/read`]: () => emptyResponse(204),
      [DRAFT]: () => jsonResponse({ draft: { ...draft, raw: 'It went well, and' } }),
      [`PUT ${DRAFT}`]: (_url, request) => jsonResponse({ ...draft, ...(request.body as object) }),
      [`DELETE ${DRAFT}`]: () => emptyResponse(204),
      [`POST /api/threads/${ID}/posts`]: (_url, request) =>
        jsonResponse(message(2, viewer, (request.body as { raw: string }).raw), { status: 201 }),
    });
    const { user } = renderApp(`/conversations/${ID}`);

    const box = await screen.findByRole('textbox', { name: /Your message/ });
    expect(box).toHaveValue('It went well, and');
    expect(callsTo('PUT', DRAFT)).toEqual([]);
    await user.type(box, ' the class loved it.');
    await waitFor(() =>
      expect(callsTo('PUT', DRAFT).map((c) => c.body)).toEqual([
        { raw: 'It went well, and the class loved it.', title: null, replyToPostId: null },
      ]),
    );

    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(callsTo('DELETE', DRAFT)).toHaveLength(1));
    expect(callsTo('POST', `/api/threads/${ID}/posts`).map((c) => c.body)).toEqual([
      { raw: 'It went well, and the class loved it.' },
    ]);
    expect(screen.getByRole('textbox', { name: /Your message/ })).toHaveValue('');
  });
});
