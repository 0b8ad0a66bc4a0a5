import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import { buildCommunityDetail, buildMember, buildMemberView, buildPage } from '../../../test/community-fixtures';

const DETAIL = '/api/communities/maths-mentors';

function serve(community = buildMemberView(), extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
    [DETAIL]: () => jsonResponse(community),
    ...extra,
  });
}

describe('Community tools', () => {
  it('treats a switched-off tool as not found', async () => {
    serve(buildMemberView({ tools: ['members'] }));

    renderApp('/communities/maths-mentors/forum');

    expect(await screen.findByRole('heading', { level: 2, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.queryByText(/forum opens here/)).not.toBeInTheDocument();
  });

  it('treats a tool that is not built yet as not found, even when stored data has it on', async () => {
    serve(buildMemberView({ tools: ['wiki', 'members'] }));

    renderApp('/communities/maths-mentors/wiki');

    expect(await screen.findByRole('heading', { level: 2, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.queryByText(/once it is built|opens here/)).not.toBeInTheDocument();
    expect(document.title).toBe('Page not found · Maths Mentors East · Commonroom');
  });

  it('lists members with their role and whether they belong through an affiliation, a page at a time', async () => {
    const { requestsTo } = serve(buildMemberView(), {
      [`${DETAIL}/members`]: () =>
        jsonResponse(
          buildPage(
            [
              buildMember({ name: 'Asha Patel', role: 'facilitator' }),
              buildMember({ name: 'Jo Tutor', source: 'affiliation' }),
            ],
            { total: 30, page: 2 },
          ),
        ),
    });

    renderApp('/communities/maths-mentors/members?page=2');

    const asha = (await screen.findByText('Asha Patel')).closest('li') as HTMLElement;
    expect(within(asha).getByText('Facilitator')).toBeInTheDocument();
    const jo = screen.getByText('Jo Tutor').closest('li') as HTMLElement;
    expect(within(jo).getByText('Member')).toBeInTheDocument();
    expect(within(jo).getByText('Through their organisation')).toBeInTheDocument();
    expect(within(asha).queryByText('Through their organisation')).not.toBeInTheDocument();
    expect(requestsTo(`${DETAIL}/members`)).toEqual([{ page: '2' }]);
    expect(screen.getByRole('link', { name: 'Previous page' })).toHaveAttribute(
      'href',
      '/communities/maths-mentors/members',
    );
  });

  it('tells someone who may not read the community that it is for members', async () => {
    const { requestsTo } = serve(
      buildCommunityDetail({ visibility: 'request', viewer: { abilities: { requestToJoin: true } } }),
    );

    renderApp('/communities/maths-mentors/members');

    expect(await screen.findByText(/Only members can read what is shared here/)).toBeInTheDocument();
    expect(requestsTo(`${DETAIL}/members`)).toEqual([]);
  });
});
