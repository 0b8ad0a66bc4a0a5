import type { OrganisationAffiliation } from '@commonroom/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockFetch, type MockRequest } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import {
  buildAffiliation,
  buildOrganisationAffiliation,
  buildOrganisationDetail,
  buildRef,
  sessionHandler,
} from '../test/fixtures';

const DETAIL = '/api/organisations/oakfield-primary';
const PEOPLE = `${DETAIL}/affiliations`;
const ADMIN = { canEdit: true, canVerify: true, pendingRequests: 1 };

/** Serves the organisation and its people by status, from lists the test can change. */
function serveManage(
  lists: Partial<Record<'pending' | 'current' | 'past', OrganisationAffiliation[]>>,
  extra: Parameters<typeof mockFetch>[0] = {},
) {
  const organisation = buildOrganisationDetail({ viewer: ADMIN, emailDomains: ['oakfield.example.sch.uk'] });
  return mockFetch({
    ...sessionHandler(),
    [DETAIL]: () => jsonResponse(organisation),
    [PEOPLE]: (url) => jsonResponse({ items: lists[url.searchParams.get('status') as 'pending'] ?? [] }),
    ...extra,
  });
}

describe('Organisation management page', () => {
  it('shows the not-found page to someone who cannot manage the organisation, and asks for nobody’s details', async () => {
    const { requestsTo } = mockFetch({ ...sessionHandler(), [DETAIL]: () => jsonResponse(buildOrganisationDetail()) });

    renderApp('/organisations/oakfield-primary/manage');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(requestsTo(PEOPLE)).toEqual([]);
  });

  it('approves a request: the request leaves the list and the decision is announced', async () => {
    const request = buildOrganisationAffiliation({
      person: { id: crypto.randomUUID(), displayName: 'Priya Shah', email: 'priya@oakfield.example.sch.uk' },
    });
    const lists = { pending: [request] };
    const { callsTo } = serveManage(lists, {
      [`POST /api/affiliations/${request.id}/decision`]: () => {
        lists.pending = [];
        return jsonResponse({ ...request, status: 'verified', current: true });
      },
    });
    const { user } = renderApp('/organisations/oakfield-primary/manage');

    const requests = within(await screen.findByRole('region', { name: 'Requests to verify' }));
    expect(await requests.findByText('priya@oakfield.example.sch.uk')).toBeInTheDocument();
    expect(requests.getByText('Subject mentor')).toBeInTheDocument();
    await user.click(requests.getByRole('button', { name: 'Approve Priya Shah' }));

    expect(await requests.findByText('There are no requests waiting.')).toBeInTheDocument();
    expect(requests.getByText('Priya Shah is now verified as Subject mentor.')).toBeInTheDocument();
    expect(callsTo('POST', `/api/affiliations/${request.id}/decision`).map((call) => call.body)).toEqual([
      { decision: 'approve' },
    ]);
    expect(screen.getByRole('heading', { name: 'Requests to verify' })).toHaveFocus();
  });

  it('saves the details, sending domains one a line as a list, and explains automatic verification', async () => {
    const { callsTo } = serveManage(
      {},
      {
        [`PATCH ${DETAIL}`]: (_url, request: MockRequest) =>
          jsonResponse({ ...buildOrganisationDetail({ viewer: ADMIN }), ...(request.body as object) }),
      },
    );
    const { user } = renderApp('/organisations/oakfield-primary/manage');

    const domains = await screen.findByLabelText('Email domains of your staff');
    expect(domains).toHaveValue('oakfield.example.sch.uk');
    expect(domains).toHaveAccessibleDescription(expect.stringContaining('verified automatically'));
    await user.click(domains);
    await user.paste('\n@oakfield-trust.example.org');
    const website = screen.getByLabelText('Website');
    await user.clear(website);
    await user.paste('https://oakfield.example.sch.uk/');
    await user.click(screen.getByLabelText('Secondary'));
    await user.click(screen.getByRole('button', { name: 'Save details' }));

    expect(await screen.findByText('The organisation’s details have been saved.')).toBeInTheDocument();
    expect(callsTo('PATCH', DETAIL).map((call) => call.body)).toEqual([
      {
        description: null,
        website: 'https://oakfield.example.sch.uk/',
        phases: ['primary', 'secondary'],
        emailDomains: ['oakfield.example.sch.uk', 'oakfield-trust.example.org'],
      },
    ]);
  });

  it('names a domain that is not one, and shows the server’s message under its field', async () => {
    const { callsTo } = serveManage(
      {},
      {
        [`PATCH ${DETAIL}`]: () =>
          errorResponse(400, 'validation_failed', 'Invalid', 'req-1', [
            { path: 'body.website', message: 'Enter a web address starting with https://' },
          ]),
      },
    );
    const { user } = renderApp('/organisations/oakfield-primary/manage');

    const domains = await screen.findByLabelText('Email domains of your staff');
    await user.click(domains);
    await user.paste('\nnot a domain');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    expect(domains).toHaveAccessibleDescription(expect.stringContaining('“not” is not a domain.'));
    expect(domains).toHaveFocus();
    expect(callsTo('PATCH', DETAIL)).toHaveLength(0);

    await user.clear(domains);
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    const website = screen.getByLabelText('Website');
    await waitFor(() =>
      expect(website).toHaveAccessibleDescription(
        expect.stringContaining('Enter a web address starting with https://'),
      ),
    );
  });

  it('ends a current person’s affiliation after asking, and lists past people on their own tab', async () => {
    const person = buildOrganisationAffiliation({ status: 'verified', current: true, role: 'mentor' });
    const lists = { current: [person], past: [] as OrganisationAffiliation[] };
    const { callsTo } = serveManage(lists, {
      [`POST /api/affiliations/${person.id}/end`]: () => {
        const ended = { ...person, endsOn: '2026-01-10', current: false };
        lists.current = [];
        lists.past = [ended];
        return jsonResponse(
          buildAffiliation({ id: person.id, organisation: buildRef(), endsOn: '2026-01-10', current: false }),
        );
      },
    });
    const { user } = renderApp('/organisations/oakfield-primary/manage');

    const people = within(await screen.findByRole('region', { name: 'People' }));
    await user.click(await people.findByRole('button', { name: 'End the affiliation of Priya Shah' }));
    const dialog = await screen.findByRole('dialog', { name: 'End the affiliation of Priya Shah?' });
    expect(dialog).toHaveTextContent('Their Commonroom account, posts and records are not affected.');
    await user.click(within(dialog).getByRole('button', { name: 'End affiliation' }));

    expect(await people.findByText('The affiliation of Priya Shah has ended.')).toBeInTheDocument();
    expect(await people.findByText('Nobody is verified as working here yet.')).toBeInTheDocument();
    expect(callsTo('POST', `/api/affiliations/${person.id}/end`)).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'People' })).toHaveFocus());

    await user.click(people.getByRole('tab', { name: 'Past' }));
    expect(await people.findByText('1 September 2025 to 10 January 2026')).toBeInTheDocument();
  });
});
