import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { currentSearch, renderApp } from '../../../test/render-app';
import { todayIsoDate } from '../components/dates';
import { buildAffiliation, buildOrganisationDetail, buildRef, sessionHandler } from '../test/fixtures';

const DETAIL = '/api/organisations/oakfield-primary';

function serve(organisation = buildOrganisationDetail(), extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    ...sessionHandler(),
    [DETAIL]: () => jsonResponse(organisation),
    '/api/me/affiliations': () => jsonResponse({ items: [] }),
    ...extra,
  });
}

describe('Organisation page', () => {
  it('shows what the directory knows about the organisation, with its partnerships as links', async () => {
    serve(
      buildOrganisationDetail({
        description: 'A two-form entry primary.\nWe host trainees from two providers.',
        urn: '121234',
        ukprn: null,
        verifiedPeople: 12,
        partnerships: [
          {
            id: crypto.randomUUID(),
            slug: 'eastfield-pgce',
            name: 'Eastfield PGCE Partnership',
            model: 'hei_led',
            lead: false,
          },
        ],
      }),
    );

    renderApp('/organisations/oakfield-primary');

    expect(await screen.findByRole('heading', { level: 1, name: 'Oakfield Primary School' })).toBeInTheDocument();
    expect(document.title).toBe('Oakfield Primary School · Commonroom');
    // Plain text with its line break kept (shown with white-space: pre-line).
    const description = screen.getByText(/We host trainees/);
    expect(description.textContent).toBe('A two-form entry primary.\nWe host trainees from two providers.');
    expect(description).toHaveStyle({ whiteSpace: 'pre-line' });
    const about = within(screen.getByRole('region', { name: 'About this organisation' }));
    expect(about.getByText('URN').nextElementSibling).toHaveTextContent('121234');
    expect(about.queryByText('UKPRN')).not.toBeInTheDocument();
    expect(about.getByText('12 verified people')).toBeInTheDocument();
    expect(about.getByRole('link', { name: 'oakfield.example.sch.uk' })).toHaveAttribute(
      'href',
      'https://www.oakfield.example.sch.uk/',
    );
    expect(screen.getByRole('link', { name: 'Eastfield PGCE Partnership' })).toHaveAttribute(
      'href',
      '/partnerships/eastfield-pgce',
    );
    expect(screen.queryByRole('link', { name: 'Manage this organisation' })).not.toBeInTheDocument();
  });

  it('offers its administrators the management page, the waiting requests and a new partnership for a provider', async () => {
    const organisation = buildOrganisationDetail({
      kind: 'hei',
      viewer: { canEdit: true, canVerify: true, pendingRequests: 3 },
    });
    serve(organisation);

    renderApp('/organisations/oakfield-primary');

    expect(await screen.findByRole('link', { name: 'Manage this organisation' })).toHaveAttribute(
      'href',
      '/organisations/oakfield-primary/manage',
    );
    expect(screen.getByText('3 requests to verify')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start a partnership' })).toHaveAttribute(
      'href',
      `/partnerships/new?lead=${organisation.id}`,
    );
  });

  it('does not offer a new partnership for a school, which cannot lead one', async () => {
    serve(buildOrganisationDetail({ kind: 'school', viewer: { canEdit: true, canVerify: true, pendingRequests: 0 } }));

    renderApp('/organisations/oakfield-primary');

    await screen.findByRole('link', { name: 'Manage this organisation' });
    expect(screen.queryByRole('link', { name: 'Start a partnership' })).not.toBeInTheDocument();
  });

  it('shows the not-found page for an organisation that does not exist', async () => {
    mockFetch(sessionHandler());

    renderApp('/organisations/nowhere');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('asks someone signed out to sign in, coming back here, before adding that they work here', async () => {
    mockFetch({ ...sessionHandler(null), [DETAIL]: () => jsonResponse(buildOrganisationDetail()) });
    const { router, user } = renderApp('/organisations/oakfield-primary');

    await user.click(await screen.findByRole('link', { name: 'Sign in' }));

    expect(router.state.location.pathname).toBe('/sign-in');
    expect(currentSearch(router)).toEqual({ returnTo: '/organisations/oakfield-primary' });
  });

  it('adds an affiliation with this organisation from "I work here", finding the role by another of its names', async () => {
    const organisation = buildOrganisationDetail();
    const { callsTo } = serve(organisation, {
      'POST /api/me/affiliations': () =>
        jsonResponse(
          buildAffiliation({
            organisation: buildRef({ id: organisation.id }),
            role: 'itt_coordinator',
            status: 'pending',
            current: false,
          }),
          { status: 201 },
        ),
    });
    const { user } = renderApp('/organisations/oakfield-primary');

    await user.click(await screen.findByRole('button', { name: 'I work here' }));
    const role = screen.getByRole('combobox', { name: 'Your role' });
    await waitFor(() => expect(role).toHaveFocus());
    expect(screen.getByText('At Oakfield Primary School')).toBeInTheDocument();

    await user.paste('professional tutor');
    await user.click(await screen.findByRole('option', { name: /ITT coordinator/ }));
    await user.click(screen.getByLabelText('Your job title there (optional)'));
    await user.paste('Professional tutor');
    await user.click(screen.getByRole('button', { name: 'Add affiliation' }));

    expect(await screen.findByText(/Its administrators have been asked to verify it/)).toBeInTheDocument();
    expect(callsTo('POST', '/api/me/affiliations').map((call) => call.body)).toEqual([
      {
        organisationId: organisation.id,
        role: 'itt_coordinator',
        title: 'Professional tutor',
        startsOn: todayIsoDate(),
      },
    ]);
    expect(screen.getByRole('heading', { name: 'Do you work here?' })).toHaveFocus();
  });

  it('tells the person which roles they already have here', async () => {
    const organisation = buildOrganisationDetail();
    serve(organisation, {
      '/api/me/affiliations': () =>
        jsonResponse({
          items: [
            buildAffiliation({
              organisation: buildRef({ id: organisation.id }),
              role: 'mentor',
              title: 'Class mentor',
            }),
          ],
        }),
    });

    renderApp('/organisations/oakfield-primary');

    expect(await screen.findByText('You are listed here as Mentor (Class mentor).')).toBeInTheDocument();
  });
});
