import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, buildOrganisationPage } from '../../../test/fixtures';
import { errorResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { currentSearch, renderApp } from '../../../test/render-app';

const LIST = '/api/organisations';

/** Answers every directory search with the same page. */
function serveOrganisations(...page: Parameters<typeof buildOrganisationPage>) {
  return mockFetch({ [LIST]: () => jsonResponse(buildOrganisationPage(...page)) });
}

describe('Organisations page', () => {
  it('lists the organisations the API returns, with kind, phases, local authority and website', async () => {
    serveOrganisations([
      buildOrganisation({
        name: 'Oakfield Primary School',
        phases: ['early_years', 'primary'],
        localAuthorityName: 'Northamptonshire',
        website: 'https://www.oakfield.example.sch.uk/',
      }),
      buildOrganisation({ name: 'University of Eastfield', kind: 'hei', phases: [], website: null }),
    ]);

    renderApp('/organisations');

    const oakfield = (await screen.findByRole('heading', { name: 'Oakfield Primary School' })).closest('li');
    expect(oakfield).not.toBeNull();
    const card = within(oakfield as HTMLElement);
    expect(card.getByText('School')).toBeInTheDocument();
    expect(card.getByText('Early years, Primary')).toBeInTheDocument();
    expect(card.getByText('Northamptonshire')).toBeInTheDocument();
    expect(card.getByRole('link', { name: 'oakfield.example.sch.uk' })).toHaveAttribute(
      'href',
      'https://www.oakfield.example.sch.uk/',
    );
    expect(card.getByRole('link', { name: 'oakfield.example.sch.uk' })).not.toHaveAttribute('target');

    const eastfield = within(
      screen.getByRole('heading', { name: 'University of Eastfield' }).closest('li') as HTMLElement,
    );
    expect(eastfield.getByText('University (HEI)')).toBeInTheDocument();
    expect(eastfield.getAllByText('Not recorded')).toHaveLength(2);
    expect(document.title).toBe('Organisations · Commonroom');
  });

  it('links each organisation to its own page', async () => {
    serveOrganisations([buildOrganisation({ name: 'Brook Lane School', slug: 'brook-lane' })]);
    const { router, user } = renderApp('/organisations');

    const link = await screen.findByRole('link', { name: 'Brook Lane School' });
    expect(link).toHaveAttribute('href', '/organisations/brook-lane');
    expect(screen.getByRole('heading', { level: 3, name: 'Brook Lane School' })).toContainElement(link);
    await user.click(link);

    expect(router.state.location.pathname).toBe('/organisations/brook-lane');
  });

  it('announces the number of results politely', async () => {
    serveOrganisations([buildOrganisation(), buildOrganisation({ name: 'Brook Lane School' })], { total: 42 });

    renderApp('/organisations');

    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('42 organisations found'));
    expect(status).toHaveAttribute('aria-live', 'polite');
  });

  it('reads the filters from the URL and sends them to the API', async () => {
    const { requestsTo } = serveOrganisations([]);

    renderApp('/organisations?kind=hei&region=london&phase=secondary&q=Kings&page=2&kind=ignored');

    await waitFor(() =>
      expect(requestsTo(LIST)).toEqual([{ kind: 'hei', region: 'london', phase: 'secondary', q: 'Kings', page: '2' }]),
    );
    expect(screen.getByLabelText('Kind of organisation')).toHaveValue('hei');
    expect(screen.getByLabelText('Region')).toHaveValue('london');
    expect(screen.getByLabelText('Phase')).toHaveValue('secondary');
    expect(screen.getByRole('searchbox', { name: 'Name contains' })).toHaveValue('Kings');
  });

  it('ignores filter values it does not know instead of failing', async () => {
    const { requestsTo } = serveOrganisations([]);

    renderApp('/organisations?kind=castle&page=-3');

    await waitFor(() => expect(requestsTo(LIST)).toEqual([{ page: '1' }]));
    expect(screen.getByLabelText('Kind of organisation')).toHaveValue('');
  });

  it('writes a chosen filter to the URL, back to page 1, and searches with it', async () => {
    const { requestsTo } = serveOrganisations([buildOrganisation()], { total: 80, page: 2 });
    const { router, user } = renderApp('/organisations?region=london&page=2');
    await screen.findByRole('heading', { name: 'Oakfield Primary School' });

    await user.selectOptions(screen.getByLabelText('Kind of organisation'), 'SCITT');

    await waitFor(() => expect(currentSearch(router)).toEqual({ region: 'london', kind: 'scitt' }));
    await waitFor(() => expect(requestsTo(LIST).at(-1)).toEqual({ region: 'london', kind: 'scitt', page: '1' }));
  });

  it('restores the previous filters when the user goes back', async () => {
    serveOrganisations([]);
    const { router, user } = renderApp('/organisations');
    await user.selectOptions(screen.getByLabelText('Phase'), 'Primary');
    await waitFor(() => expect(currentSearch(router)).toEqual({ phase: 'primary' }));

    await router.navigate(-1);

    await waitFor(() => expect(screen.getByLabelText('Phase')).toHaveValue(''));
    expect(currentSearch(router)).toEqual({});
  });

  it('searches by name once the user pauses typing, not on every key', async () => {
    const { requestsTo } = serveOrganisations([]);
    const { router, user } = renderApp('/organisations');
    await waitFor(() => expect(requestsTo(LIST)).toHaveLength(1));

    await user.type(screen.getByRole('searchbox', { name: 'Name contains' }), 'Oak');

    await waitFor(() => expect(currentSearch(router)).toEqual({ q: 'Oak' }));
    await waitFor(() => expect(requestsTo(LIST).map((query) => query.q)).toEqual([undefined, 'Oak']));
  });

  it('searches at once when the user presses Enter', async () => {
    serveOrganisations([]);
    const { router, user } = renderApp('/organisations');

    await user.type(screen.getByRole('searchbox', { name: 'Name contains' }), 'Brook{Enter}');

    expect(currentSearch(router)).toEqual({ q: 'Brook' });
  });

  it('clears every filter with one action', async () => {
    serveOrganisations([buildOrganisation()]);
    const { router, user } = renderApp('/organisations?kind=school&q=Oak');

    await user.click(await screen.findByRole('button', { name: 'Clear filters' }));

    await waitFor(() => expect(currentSearch(router)).toEqual({}));
    expect(screen.getByRole('searchbox', { name: 'Name contains' })).toHaveValue('');
  });

  it('says so when nothing matches', async () => {
    serveOrganisations([]);

    renderApp('/organisations?q=Zzyzx');

    expect(await screen.findByText('No organisations match these filters')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0 organisations found');
  });

  it('explains a failure, shows its reference and tries again on request', async () => {
    let attempts = 0;
    mockFetch({
      [LIST]: () => {
        attempts += 1;
        return attempts === 1
          ? errorResponse(503, 'service_unavailable', 'Database unavailable', 'req-abc')
          : jsonResponse(buildOrganisationPage([buildOrganisation({ name: 'Second Try School' })]));
      },
    });
    const { user } = renderApp('/organisations');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Commonroom is not available just now.');
    expect(alert).toHaveTextContent('Reference: req-abc');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { name: 'Second Try School' })).toBeInTheDocument();
  });

  it('links to the next and previous pages, keeping the filters', async () => {
    serveOrganisations([buildOrganisation()], { total: 60, page: 2, pageSize: 25 });

    renderApp('/organisations?kind=school&page=2');

    const pagination = await screen.findByRole('navigation', { name: 'Pages of results' });
    expect(within(pagination).getByText('Page 2 of 3')).toBeInTheDocument();
    expect(within(pagination).getByRole('link', { name: 'Previous page' })).toHaveAttribute(
      'href',
      '/organisations?kind=school',
    );
    expect(within(pagination).getByRole('link', { name: 'Next page' })).toHaveAttribute(
      'href',
      '/organisations?kind=school&page=3',
    );
  });
});
