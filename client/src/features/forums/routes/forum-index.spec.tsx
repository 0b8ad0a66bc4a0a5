import type { ForumCategory, ForumIndex } from '@commonroom/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { emptyResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import { buildFacilitatorView, buildMemberView } from '../../../test/community-fixtures';
import { useRealtimeServer } from '../../../test/realtime-server';
import { buildCategory, buildForumIndex, COMMUNITY } from '../test/forum-fixtures';

const FORUM = '/api/communities/maths-mentors/forum';
const behaviour = buildCategory({
  name: 'Behaviour',
  slug: 'behaviour',
  threadCount: 4,
  postCount: 19,
  unreadThreads: 2,
});
const subject = buildCategory({
  name: 'Subject knowledge',
  slug: 'subject-knowledge',
  description: null,
  threadCount: 0,
  postCount: 0,
  lastActivityAt: null,
  position: 1,
});

/** The forum as the server answers it; new categories and new orders change what it answers. */
function serve(index: ForumIndex, community = buildMemberView()) {
  const state = { index };
  const mock = mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
    '/api/communities/maths-mentors': () => jsonResponse(community),
    [FORUM]: () => jsonResponse(state.index),
    [`POST ${FORUM}/categories`]: (_url, request) => {
      const { name, description } = request.body as { name: string; description?: string };
      const created: ForumCategory = buildCategory({
        name,
        slug: 'mentor-meetings',
        description: description ?? null,
        threadCount: 0,
        postCount: 0,
        lastActivityAt: null,
      });
      state.index = { ...state.index, categories: [...state.index.categories, created] };
      return jsonResponse(created, { status: 201 });
    },
    [`PUT ${FORUM}/category-order`]: (_url, request) => {
      const { categoryIds } = request.body as { categoryIds: string[] };
      const byId = new Map(state.index.categories.map((category) => [category.id, category]));
      state.index = { ...state.index, categories: categoryIds.map((id) => byId.get(id) as ForumCategory) };
      return emptyResponse(204);
    },
  });
  return { ...mock, state };
}

const names = () =>
  within(screen.getByRole('list', { name: 'Categories' }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('Forum index', () => {
  const server = useRealtimeServer();

  it('lists the categories in order, with counts and unread threads, and follows the community’s stream', async () => {
    serve(buildForumIndex({ categories: [behaviour, subject], openFlags: 3, abilities: { moderate: true } }));

    renderApp('/communities/maths-mentors/forum');

    const behaviourItem = (await screen.findByRole('link', { name: 'Behaviour' })).closest('li') as HTMLElement;
    expect(names()).toEqual(['Behaviour', 'Subject knowledge']);
    expect(within(behaviourItem).getByText('4 threads · 19 posts')).toBeInTheDocument();
    expect(within(behaviourItem).getByText('2 threads with new posts')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Behaviour' })).toHaveAttribute(
      'href',
      '/communities/maths-mentors/forum/c/behaviour',
    );
    expect(
      within(screen.getByRole('link', { name: 'Subject knowledge' }).closest('li') as HTMLElement).getByText(
        'No posts yet',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Moderation queue' })).toHaveAttribute(
      'href',
      '/communities/maths-mentors/forum/moderation',
    );
    expect(screen.getByText('3 open flags')).toBeInTheDocument();
    // A member manages nothing.
    expect(screen.queryByRole('button', { name: 'Move Behaviour down' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Add a category' })).not.toBeInTheDocument();
    await waitFor(() => expect(server.subscribedFrom(`community:${COMMUNITY.id}`)).toBe(10));
  });

  it('lets a facilitator add a category and move one down, announcing each', async () => {
    const { callsTo, state } = serve(
      buildForumIndex({ categories: [behaviour, subject], abilities: { manageCategories: true } }),
      buildFacilitatorView(),
    );
    const { user } = renderApp('/communities/maths-mentors/forum');

    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Mentor meetings');
    await user.type(screen.getByRole('textbox', { name: /^Description/ }), 'Planning weekly meetings with a trainee.');
    await user.click(screen.getByRole('button', { name: 'Add category' }));

    expect(await screen.findByText('Mentor meetings has been added.')).toBeInTheDocument();
    expect(callsTo('POST', `${FORUM}/categories`).map((call) => call.body)).toEqual([
      { name: 'Mentor meetings', description: 'Planning weekly meetings with a trainee.' },
    ]);
    expect(await screen.findByRole('link', { name: 'Mentor meetings' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Move Behaviour down' }));

    expect(await screen.findByText('Behaviour is now number 2 of 3.')).toBeInTheDocument();
    expect(names()).toEqual(['Subject knowledge', 'Behaviour', 'Mentor meetings']);
    expect(callsTo('PUT', `${FORUM}/category-order`).map((call) => call.body)).toEqual([
      { categoryIds: state.index.categories.map((category) => category.id) },
    ]);
    expect(state.index.categories.map((category) => category.name)).toEqual([
      'Subject knowledge',
      'Behaviour',
      'Mentor meetings',
    ]);
    // Only an empty category can be deleted.
    expect(screen.queryByRole('button', { name: 'Delete Behaviour' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete Subject knowledge' })).toBeInTheDocument();
  });
});
