import { mentionToken, type Post, type ThreadDetail } from '@commonroom/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { emptyResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import { buildMemberView } from '../../../test/community-fixtures';
import { useRealtimeServer } from '../../../test/realtime-server';
import { buildPerson, buildPost, buildPostPage, buildThreadDetail } from '../test/forum-fixtures';

const viewer = buildUser({ displayName: 'Sam Mentor' });
const jo = buildPerson('Jo Tutor');

/** A thread of three posts; the viewer read up to `lastRead` before. */
function serveThread(options: { lastRead?: number; posts?: (thread: ThreadDetail) => Post[]; draft?: string } = {}) {
  const thread = buildThreadDetail({ postCount: 3, viewer: { lastReadNumber: options.lastRead ?? 0 } });
  const THREAD = `/api/threads/${thread.id}`;
  const posts = options.posts?.(thread) ?? [
    buildPost(thread, 1, { html: '<p>How do you settle a noisy class?</p>' }),
    buildPost(thread, 2, { author: jo, html: '<p>Try a seating plan. It works.</p>' }),
    buildPost(thread, 3, { html: '<p>Thank you, I will.</p>' }),
  ];
  const draft = options.draft
    ? {
        key: `reply:${thread.id}`,
        raw: options.draft,
        title: null,
        replyToPostId: null,
        updatedAt: posts[0]!.createdAt,
      }
    : null;
  const mock = mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession({ user: viewer })),
    '/api/communities/maths-mentors': () => jsonResponse(buildMemberView()),
    [THREAD]: () => jsonResponse(thread),
    [`${THREAD}/posts`]: () => jsonResponse(buildPostPage(posts)),
    [`PUT ${THREAD}/read`]: () => emptyResponse(204),
    [`/api/me/drafts/reply:${thread.id}`]: () => jsonResponse({ draft }),
    [`PUT /api/me/drafts/reply:${thread.id}`]: () => jsonResponse({ ...draft, updatedAt: posts[0]!.createdAt }),
    [`POST /api/posts/${posts.at(-1)!.id}/flags`]: () => emptyResponse(204),
  });
  return { ...mock, thread, posts };
}

/** The first render of a thread can take a while when the machine is busy (the whole suite at once). */
const FIRST_RENDER = { timeout: 10_000 };
const article = (number: number) => document.getElementById(`post-${number}`) as HTMLElement;
const replyBox = () => screen.findByRole('textbox', { name: /Your reply/ }, FIRST_RENDER);

/** Selects `text` inside post `number`, as a reader dragging over it would. */
function selectInPost(number: number, text: string) {
  const paragraph = within(article(number)).getByText(text, { exact: false });
  const node = paragraph.firstChild!;
  const start = node.textContent!.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(range);
}

describe('Writing in a thread', () => {
  useRealtimeServer();
  const open = (thread: ThreadDetail) => renderApp(`/communities/maths-mentors/forum/t/${thread.id}?page=1`);

  it('Reply answers the post; with words selected in it, the reply starts with them quoted and attributed', async () => {
    const { thread } = serveThread();
    const { user } = open(thread);
    await screen.findByText('Try a seating plan. It works.', undefined, FIRST_RENDER);
    const reply = within(article(2)).getByRole('button', { name: /^Reply to post 2 by Jo Tutor/ });

    await user.click(reply);
    expect(await screen.findByText('Replying to Jo Tutor, post 2')).toBeInTheDocument();
    const box = await replyBox();
    expect(box).toHaveValue('');
    await waitFor(() => expect(box).toHaveFocus());

    selectInPost(2, 'Try a seating plan.');
    await user.click(reply);
    // A blank line after the quote, where the caret waits for the answer.
    expect(box).toHaveValue('> **Jo Tutor** [wrote](#post-2):\n> Try a seating plan.\n\n');
  });

  it('marks where the reader’s unread posts start, and says so to screen readers', async () => {
    const { thread } = serveThread({ lastRead: 1 });
    open(thread);
    await screen.findByText('Try a seating plan. It works.', undefined, FIRST_RENDER);
    const divider = screen.getByRole('separator', { name: 'New since your last visit' });
    // Just above the first unread post, in the same list item.
    expect(divider.closest('li')).toBe(article(2).closest('li'));
    expect(
      await screen.findByText('2 new posts since your last visit, from the line “New since your last visit”.'),
    ).toBeInTheDocument();
  });

  it('draws no divider when everything was read, or the thread was never opened', async () => {
    const { thread } = serveThread({ lastRead: 3 });
    open(thread);
    await screen.findByText('Try a seating plan. It works.', undefined, FIRST_RENDER);
    expect(screen.queryByRole('separator', { name: 'New since your last visit' })).not.toBeInTheDocument();
  });

  it('names who reacted: two names and how many more to screen readers, every name in the tooltip', async () => {
    const people = ['Priya Nair', 'Tom Hughes', 'Amara Okoye', 'Daniel Mercer', 'Grace Whitfield'].map(buildPerson);
    const { thread } = serveThread({
      posts: (t) => [
        buildPost(t, 1, {
          html: '<p>Opening.</p>',
          reactions: [{ reaction: 'thanks', count: 5, mine: false, people }],
        }),
      ],
    });
    const { user } = open(thread);
    await screen.findByText('Opening.', undefined, FIRST_RENDER);
    const thanks = within(article(1)).getByRole('button', {
      name: 'Thanks: Priya Nair, Tom Hughes and 3 others',
    });
    // An icon, not an emoji: nothing depends on an emoji font.
    expect(thanks.querySelector('svg[data-reaction-icon="thanks"]')).not.toBeNull();
    expect(thanks.textContent).toBe('5');
    expect(within(article(1)).getByRole('button', { name: 'Agree' })).toHaveAttribute('aria-pressed', 'false');

    await user.hover(thanks);
    expect(
      await screen.findByText('Thanks: Priya Nair, Tom Hughes, Amara Okoye, Daniel Mercer and Grace Whitfield'),
    ).toBeInTheDocument();
  });

  it('the Link button asks for the text and a web address, and refuses anything but http(s)', async () => {
    const { thread } = serveThread();
    const { user } = open(thread);
    const box = await replyBox();
    await user.type(box, 'Read the report');
    (box as HTMLTextAreaElement).setSelectionRange(9, 15);

    await user.click(screen.getByRole('button', { name: 'Link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a link' });
    expect(within(dialog).getByRole('textbox', { name: 'Text to show' })).toHaveValue('report');
    const address = within(dialog).getByRole('textbox', { name: /Web address/ });
    await user.type(address, 'javascript:alert(1)');
    await user.click(within(dialog).getByRole('button', { name: 'Add link' }));
    expect(within(dialog).getByText(/Enter a web address that starts with https:\/\//)).toBeInTheDocument();

    await user.clear(address);
    await user.type(address, 'www.gov.uk/ofsted report');
    expect(within(dialog).queryByText(/Enter a web address/)).not.toBeInTheDocument();
    await user.clear(address);
    await user.type(address, 'https://www.gov.uk/ofsted{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add a link' })).not.toBeInTheDocument());
    expect(box).toHaveValue('Read the [report](https://www.gov.uk/ofsted)');
  });

  it('a restored draft shows its mentions as @Name, and keeps their ids when sent', async () => {
    const ana = buildPerson('Ana Smith');
    const { thread, callsTo } = serveThread({ draft: `Over to ${mentionToken(ana)}.` });
    const { user } = open(thread);
    const box = await replyBox();
    expect(box).toHaveValue('Over to @Ana Smith.');
    await user.click(screen.getByRole('tab', { name: 'Preview' }));
    await user.click(screen.getByRole('tab', { name: 'Write' }));
    await user.type(box, ' Thanks');
    await waitFor(() =>
      expect(callsTo('PUT', `/api/me/drafts/reply:${thread.id}`).at(-1)?.body).toMatchObject({
        raw: `Over to ${mentionToken(ana)}. Thanks`,
      }),
    );
  });

  it('flagging confirms on screen, and the menu then says the post is flagged by you', async () => {
    const { thread, posts } = serveThread({ posts: (t) => [buildPost(t, 1), buildPost(t, 2, { author: jo })] });
    const { user } = open(thread);
    await screen.findByText('Post number 2.', undefined, FIRST_RENDER);
    await user.click(within(article(2)).getByRole('button', { name: 'More actions for post 2 by Jo Tutor' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Flag for a moderator' }));
    const dialog = await screen.findByRole('dialog', { name: 'Flag post 2 by Jo Tutor' });
    await user.click(within(dialog).getByRole('radio', { name: 'It is off topic' }));
    await user.click(within(dialog).getByRole('button', { name: 'Send to moderators' }));

    expect(
      await within(article(2)).findByText('You flagged this post. Thank you: a facilitator will look at it.'),
    ).toBeInTheDocument();
    await user.click(within(article(2)).getByRole('button', { name: 'More actions for post 2 by Jo Tutor' }));
    expect(await screen.findByRole('menuitem', { name: 'Flagged by you' })).toBeDisabled();
    expect(posts[1]!.flaggedByMe).toBe(false);
  });
});
