import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { currentSearch, renderApp } from '../../../test/render-app';
import { buildAffiliation, buildPartnership, buildRef, sessionHandler } from '../test/fixtures';

const eastfield = buildRef({ slug: 'university-of-eastfield', name: 'University of Eastfield', kind: 'hei' });
const northgate = buildRef({ slug: 'northgate-scitt', name: 'Northgate SCITT', kind: 'scitt' });

function serve(extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    ...sessionHandler(),
    '/api/me/affiliations': () =>
      jsonResponse({
        items: [
          buildAffiliation({ organisation: eastfield, role: 'organisation_admin' }),
          buildAffiliation({ organisation: northgate, role: 'partnership_lead' }),
          // A school cannot lead a partnership, and an ended affiliation gives no right to.
          buildAffiliation({ organisation: buildRef(), role: 'organisation_admin' }),
          buildAffiliation({
            organisation: buildRef({ name: 'Old University', kind: 'hei' }),
            current: false,
            endsOn: '2024-07-31',
          }),
        ],
      }),
    ...extra,
  });
}

describe('New partnership page', () => {
  it('starts a partnership led by the organisation it was opened from, then opens its page', async () => {
    const { callsTo } = serve({
      'POST /api/partnerships': () => jsonResponse(buildPartnership({ slug: 'northgate-primary' }), { status: 201 }),
      '/api/partnerships/northgate-primary': () => jsonResponse(buildPartnership({ slug: 'northgate-primary' })),
    });
    const { router, user } = renderApp(`/partnerships/new?lead=${northgate.id}`);

    const lead = await screen.findByLabelText('Lead organisation', { exact: false });
    expect(lead).toHaveValue(northgate.id);
    expect([...(lead as HTMLSelectElement).options].map((option) => option.text)).toEqual([
      'University of Eastfield',
      'Northgate SCITT',
    ]);
    await user.click(screen.getByLabelText('Name', { exact: false }));
    await user.paste('Northgate Primary Partnership');
    const model = screen.getByRole('radio', { name: 'School-centred (SCITT)' });
    expect(model).toHaveAccessibleDescription('A consortium of schools runs its own training.');
    await user.click(model);
    await user.click(screen.getByRole('button', { name: 'Start partnership' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/partnerships/northgate-primary'));
    expect(callsTo('POST', '/api/partnerships').map((call) => call.body)).toEqual([
      { leadOrganisationId: northgate.id, name: 'Northgate Primary Partnership', model: 'school_centred' },
    ]);
  });

  it('asks how the partnership works before sending anything', async () => {
    const { callsTo } = serve();
    const { user } = renderApp('/partnerships/new');

    await user.click(await screen.findByLabelText('Name', { exact: false }));
    await user.paste('Eastfield Partnership');
    await user.click(screen.getByRole('button', { name: 'Start partnership' }));

    expect(await screen.findByText('Choose how the partnership works.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'HEI-led' })).toHaveFocus());
    expect(screen.getByRole('radiogroup')).toHaveAccessibleDescription(
      expect.stringContaining('Choose how the partnership works.'),
    );
    expect(callsTo('POST', '/api/partnerships')).toHaveLength(0);
  });

  it('explains what is needed when the person works at no provider', async () => {
    mockFetch({ ...sessionHandler(), '/api/me/affiliations': () => jsonResponse({ items: [buildAffiliation()] }) });

    renderApp('/partnerships/new');

    expect(await screen.findByText('You cannot start a partnership yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your affiliations' })).toHaveAttribute(
      'href',
      '/settings/affiliations',
    );
  });

  it('sends someone signed out to sign in, rather than looking for a partnership called "new"', async () => {
    mockFetch(sessionHandler(null));

    const { router } = renderApp(`/partnerships/new?lead=${eastfield.id}`);

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(currentSearch(router)).toEqual({ returnTo: `/partnerships/new?lead=${eastfield.id}` });
  });
});
