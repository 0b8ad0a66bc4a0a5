import type { Affiliation } from '@commonroom/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, buildOrganisationPage } from '../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import { buildAffiliation, buildRef, sessionHandler } from '../test/fixtures';

const MINE = '/api/me/affiliations';

/** Serves the person's affiliations from a list the test (and the handlers) can change. */
function serveMine(items: Affiliation[], extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({ ...sessionHandler(), [MINE]: () => jsonResponse({ items }), ...extra });
}

describe('My affiliations page', () => {
  it('lists each affiliation with its role, local title, dates and status', async () => {
    serveMine([
      buildAffiliation({ role: 'itt_coordinator', title: 'Professional tutor', startsOn: '2021-09-01' }),
      buildAffiliation({
        organisation: buildRef({ slug: 'university-of-eastfield', name: 'University of Eastfield', kind: 'hei' }),
        role: 'link_tutor',
        status: 'pending',
        current: false,
        startsOn: '2025-01-06',
      }),
    ]);

    renderApp('/settings/affiliations');

    expect(await screen.findByRole('heading', { level: 1, name: 'Affiliations' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Affiliations' })).toHaveAttribute('aria-current', 'page');
    const oakfield = within(
      (await screen.findByRole('link', { name: 'Oakfield Primary School' })).closest('li') as HTMLElement,
    );
    expect(oakfield.getByText('ITT coordinator (Professional tutor)')).toBeInTheDocument();
    expect(oakfield.getByText('Since 1 September 2021')).toBeInTheDocument();
    expect(oakfield.getByText('Verified')).toBeInTheDocument();
    expect(oakfield.getByText('Current')).toBeInTheDocument();
    const eastfield = within(
      screen.getByRole('link', { name: 'University of Eastfield' }).closest('li') as HTMLElement,
    );
    expect(eastfield.getByText('Waiting for verification')).toBeInTheDocument();
    expect(
      eastfield.getByRole('button', { name: 'Withdraw your request to University of Eastfield' }),
    ).toBeInTheDocument();
  });

  it('says what to do when there are none yet', async () => {
    serveMine([]);

    renderApp('/settings/affiliations');

    expect(await screen.findByText('You have not added any affiliations yet')).toBeInTheDocument();
  });

  it('asks for the organisation and role first, focusing the organisation box', async () => {
    const { callsTo } = serveMine([]);
    const { user } = renderApp('/settings/affiliations');

    await user.click(await screen.findByRole('button', { name: 'Add affiliation' }));

    const organisation = screen.getByRole('combobox', { name: 'Organisation' });
    await waitFor(() => expect(organisation).toHaveFocus());
    expect(organisation).toHaveAccessibleDescription(expect.stringContaining('Choose the organisation you work at.'));
    expect(screen.getByRole('combobox', { name: 'Your role' })).toHaveAccessibleDescription(
      expect.stringContaining('Choose your role.'),
    );
    expect(callsTo('POST', MINE)).toHaveLength(0);
  });

  it('adds an affiliation found by name, sending the organisation, role, title and start date', async () => {
    const items: Affiliation[] = [];
    const fenmoor = buildOrganisation({ name: 'Fenmoor Academy', slug: 'fenmoor-academy', kind: 'school' });
    const { callsTo, requestsTo } = serveMine(items, {
      '/api/organisations': () => jsonResponse(buildOrganisationPage([fenmoor])),
      [`POST ${MINE}`]: () => {
        const added = buildAffiliation({
          organisation: buildRef({ id: fenmoor.id, name: 'Fenmoor Academy', slug: 'fenmoor-academy' }),
          role: 'subject_mentor',
        });
        items.push(added);
        return jsonResponse(added, { status: 201 });
      },
    });
    const { user } = renderApp('/settings/affiliations');

    await user.type(await screen.findByRole('combobox', { name: 'Organisation' }), 'Fenm');
    await user.click(await screen.findByRole('option', { name: /Fenmoor Academy/ }));
    expect(requestsTo('/api/organisations').at(-1)).toEqual({ q: 'Fenm', pageSize: '10' });
    await user.click(screen.getByRole('combobox', { name: 'Your role' }));
    await user.paste('curriculum mentor');
    await user.click(await screen.findByRole('option', { name: /Subject mentor/ }));
    await user.click(screen.getByLabelText('Your job title there (optional)'));
    await user.paste('  Head of science mentor ');
    const startsOn = screen.getByLabelText('Start date');
    await user.clear(startsOn);
    await user.type(startsOn, '2024-09-02');
    await user.click(screen.getByRole('button', { name: 'Add affiliation' }));

    expect(await screen.findByText(/has been added and verified/)).toHaveTextContent('Fenmoor Academy');
    expect(callsTo('POST', MINE).map((call) => call.body)).toEqual([
      { organisationId: fenmoor.id, role: 'subject_mentor', title: 'Head of science mentor', startsOn: '2024-09-02' },
    ]);
    expect(await screen.findByRole('link', { name: 'Fenmoor Academy' })).toHaveAttribute(
      'href',
      '/organisations/fenmoor-academy',
    );
    expect(screen.getByRole('heading', { name: 'Your affiliations' })).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'Organisation' })).toHaveValue('');
  });

  it('ends an affiliation after explaining that only the access through it ends', async () => {
    const affiliation = buildAffiliation();
    const items = [affiliation];
    const { callsTo } = serveMine(items, {
      [`POST /api/affiliations/${affiliation.id}/end`]: () => {
        items[0] = { ...affiliation, endsOn: '2026-01-10', current: false };
        return jsonResponse(items[0]);
      },
    });
    const { user } = renderApp('/settings/affiliations');

    await user.click(await screen.findByRole('button', { name: 'End your affiliation with Oakfield Primary School' }));
    const dialog = await screen.findByRole('dialog', { name: 'End your affiliation with Oakfield Primary School?' });
    expect(dialog).toHaveTextContent('ends today. Nothing else is lost');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'End affiliation' }));

    expect(await screen.findByText('Your affiliation with Oakfield Primary School has ended.')).toBeInTheDocument();
    expect(await screen.findByText('1 September 2021 to 10 January 2026')).toBeInTheDocument();
    expect(screen.getByText('Ended')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /End your affiliation/ })).not.toBeInTheDocument();
    expect(callsTo('POST', `/api/affiliations/${affiliation.id}/end`).map((call) => call.body)).toEqual([{}]);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Your affiliations' })).toHaveFocus());
  });

  it('keeps the affiliation when the person cancels, returning focus to the button', async () => {
    const { fetchMock } = serveMine([buildAffiliation()]);
    const { user } = renderApp('/settings/affiliations');

    const end = await screen.findByRole('button', { name: 'End your affiliation with Oakfield Primary School' });
    await user.click(end);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(end).toHaveFocus());
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toEqual([]);
  });
});
