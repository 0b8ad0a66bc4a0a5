import type { Agreement, PartnershipDetail } from '@commonroom/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, buildOrganisationPage } from '../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import { buildAgreement, buildPartnership, buildRef, buildVersion, sessionHandler } from '../test/fixtures';

const DETAIL = '/api/partnerships/eastfield-primary-pgce';
const AGREEMENTS = `${DETAIL}/agreements`;

function serve(
  partnership: PartnershipDetail,
  agreements: Agreement[] = [],
  extra: Parameters<typeof mockFetch>[0] = {},
) {
  return mockFetch({
    ...sessionHandler(),
    [DETAIL]: () => jsonResponse(partnership),
    [AGREEMENTS]: () => jsonResponse({ items: agreements }),
    ...extra,
  });
}

describe('Partnership page', () => {
  it('shows the model, the lead and the members, without agreements for someone outside it', async () => {
    const { requestsTo } = serve(buildPartnership({ description: 'Primary PGCE placements.' }));

    renderApp('/partnerships/eastfield-primary-pgce');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Eastfield Primary PGCE Partnership' }),
    ).toBeInTheDocument();
    expect(screen.getByText('HEI-led')).toBeInTheDocument();
    expect(screen.getByText(/A university leads/)).toBeInTheDocument();
    const members = within(screen.getByRole('region', { name: 'Member organisations' }));
    expect(members.getByRole('link', { name: 'University of Eastfield' })).toHaveAttribute(
      'href',
      '/organisations/university-of-eastfield',
    );
    expect(members.getByText('Lead')).toBeInTheDocument();
    expect(members.getByRole('link', { name: 'Oakfield Primary School' })).toBeInTheDocument();
    expect(members.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Agreements' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Open the partnership space' })).not.toBeInTheDocument();
    expect(requestsTo(AGREEMENTS)).toEqual([]);
  });

  it('shows the not-found page for a partnership that does not exist or is hidden', async () => {
    mockFetch(sessionHandler());

    renderApp('/partnerships/secret');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows members the space and every version of each agreement, newest first, as plain text', async () => {
    const oakfield = buildRef();
    const agreement = buildAgreement({
      currentVersion: 2,
      versions: [
        buildVersion({ version: 2, body: 'Clause 1.\nClause 2 <b>not bold</b>.', changeNote: 'Adds clause 2.' }),
        buildVersion({
          version: 1,
          acceptances: [{ organisation: oakfield, agreedBy: 'Sam Mentor', agreedAt: '2025-07-02T09:00:00.000Z' }],
        }),
      ],
    });
    serve(
      buildPartnership({
        communitySlug: 'eastfield-pgce-space',
        viewer: { isMember: true, canManage: false, canAgreeFor: [] },
      }),
      [agreement],
    );

    renderApp('/partnerships/eastfield-primary-pgce');

    expect(await screen.findByRole('link', { name: 'Open the partnership space' })).toHaveAttribute(
      'href',
      '/communities/eastfield-pgce-space',
    );
    const card = within(await screen.findByRole('article', { name: 'Partnership agreement 2025–26' }));
    const versions = card.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);
    expect(versions).toEqual(['Version 2 (current)', 'Version 1']);
    expect(card.getByText(/Clause 2/).textContent).toBe('Clause 1.\nClause 2 <b>not bold</b>.');
    expect(card.getByText('What changed: Adds clause 2.')).toBeInTheDocument();
    expect(card.getByText('No member organisation has agreed to this version yet.')).toBeInTheDocument();
    expect(card.getByText(/Oakfield Primary School: agreed by Sam Mentor/)).toBeInTheDocument();
    expect(card.queryByRole('button', { name: /Agree on behalf of/ })).not.toBeInTheDocument();
  });

  it('offers "Agree" only for the organisations the viewer speaks for that have not agreed yet', async () => {
    const oakfield = buildRef();
    const brook = buildRef({ slug: 'brook-lane', name: 'Brook Lane School' });
    const agreement = buildAgreement({
      versions: [
        buildVersion({
          acceptances: [{ organisation: brook, agreedBy: 'Jo Head', agreedAt: '2025-07-02T09:00:00.000Z' }],
        }),
      ],
    });
    const agreePath = `${AGREEMENTS}/${agreement.id}/versions/1/agree`;
    const { callsTo } = serve(
      buildPartnership({ viewer: { isMember: true, canManage: false, canAgreeFor: [oakfield, brook] } }),
      [agreement],
      {
        [`POST ${agreePath}`]: () =>
          jsonResponse({
            ...agreement,
            versions: [
              buildVersion({
                acceptances: [
                  ...agreement.versions[0]!.acceptances,
                  { organisation: oakfield, agreedBy: 'Sam Mentor', agreedAt: '2026-01-10T09:00:00.000Z' },
                ],
              }),
            ],
          }),
      },
    );
    const { user } = renderApp('/partnerships/eastfield-primary-pgce');

    const card = within(await screen.findByRole('article', { name: 'Partnership agreement 2025–26' }));
    expect(card.queryByRole('button', { name: 'Agree on behalf of Brook Lane School' })).not.toBeInTheDocument();
    await user.click(card.getByRole('button', { name: 'Agree on behalf of Oakfield Primary School' }));

    expect(
      await card.findByText('Oakfield Primary School has agreed to version 1 of “Partnership agreement 2025–26”.'),
    ).toBeInTheDocument();
    expect(callsTo('POST', agreePath).map((call) => call.body)).toEqual([{ organisationId: oakfield.id }]);
    expect(card.queryByRole('button', { name: /Agree on behalf of/ })).not.toBeInTheDocument();
    expect(card.getByRole('heading', { level: 3 })).toHaveFocus();
  });

  it('lets the lead add a member found by name', async () => {
    const fenmoor = buildOrganisation({ name: 'Fenmoor Academy', slug: 'fenmoor-academy' });
    const partnership = buildPartnership({ viewer: { isMember: true, canManage: true, canAgreeFor: [] } });
    const { callsTo } = serve(partnership, [], {
      '/api/organisations': () => jsonResponse(buildOrganisationPage([fenmoor])),
      [`POST ${DETAIL}/members`]: () =>
        jsonResponse({
          ...partnership,
          members: [
            ...partnership.members,
            {
              organisation: buildRef({ id: fenmoor.id, name: 'Fenmoor Academy', slug: 'fenmoor-academy' }),
              lead: false,
              joinedAt: '2026-01-10T09:00:00.000Z',
            },
          ],
        }),
    });
    const { user } = renderApp('/partnerships/eastfield-primary-pgce');

    const members = within(await screen.findByRole('region', { name: 'Member organisations' }));
    await user.type(members.getByRole('combobox', { name: 'Add a member organisation' }), 'Fen');
    await user.click(await screen.findByRole('option', { name: /Fenmoor Academy/ }));
    await user.click(members.getByRole('button', { name: 'Add to partnership' }));

    expect(await members.findByText('Fenmoor Academy is now a member.')).toBeInTheDocument();
    expect(members.getByRole('link', { name: 'Fenmoor Academy' })).toBeInTheDocument();
    expect(callsTo('POST', `${DETAIL}/members`).map((call) => call.body)).toEqual([{ organisationId: fenmoor.id }]);
  });

  it('lets the lead remove a member after asking, but never the lead itself', async () => {
    const partnership = buildPartnership({ viewer: { isMember: true, canManage: true, canAgreeFor: [] } });
    const school = partnership.members[1]!.organisation;
    const { callsTo } = serve(partnership, [], {
      [`DELETE ${DETAIL}/members/${school.id}`]: () =>
        jsonResponse({ ...partnership, members: [partnership.members[0]] }),
    });
    const { user } = renderApp('/partnerships/eastfield-primary-pgce');

    const members = within(await screen.findByRole('region', { name: 'Member organisations' }));
    expect(members.queryByRole('button', { name: 'Remove University of Eastfield' })).not.toBeInTheDocument();
    await user.click(members.getByRole('button', { name: 'Remove Oakfield Primary School' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Remove Oakfield Primary School from Eastfield Primary PGCE Partnership?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    expect(
      await members.findByText('Oakfield Primary School is no longer a member of Eastfield Primary PGCE Partnership.'),
    ).toBeInTheDocument();
    expect(members.queryByRole('link', { name: 'Oakfield Primary School' })).not.toBeInTheDocument();
    expect(callsTo('DELETE', `${DETAIL}/members/${school.id}`)).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Member organisations' })).toHaveFocus());
  });

  it('lets the lead create an agreement and publish a new version with a change note', async () => {
    const created = buildAgreement({ title: 'Placement agreement' });
    const publishPath = `${AGREEMENTS}/${created.id}/versions`;
    const { callsTo } = serve(buildPartnership({ viewer: { isMember: true, canManage: true, canAgreeFor: [] } }), [], {
      [`POST ${AGREEMENTS}`]: () => jsonResponse(created, { status: 201 }),
      [`POST ${publishPath}`]: (_url, request) =>
        jsonResponse({
          ...created,
          currentVersion: 2,
          versions: [buildVersion({ version: 2, ...(request.body as object) }), ...created.versions],
        }),
    });
    const { user } = renderApp('/partnerships/eastfield-primary-pgce');

    expect(await screen.findByText('This partnership has no agreements yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New agreement' }));
    await waitFor(() => expect(screen.getByLabelText('Title', { exact: false })).toHaveFocus());
    await user.paste('Placement agreement');
    await user.click(screen.getByLabelText('Text of the agreement', { exact: false }));
    await user.paste('Line one.\nLine two.');
    await user.click(screen.getByRole('button', { name: 'Create agreement' }));

    const card = within(await screen.findByRole('article', { name: 'Placement agreement' }));
    expect(callsTo('POST', AGREEMENTS).map((call) => call.body)).toEqual([
      { title: 'Placement agreement', body: 'Line one.\nLine two.' },
    ]);

    await user.click(card.getByRole('button', { name: 'Publish a new version' }));
    const body = card.getByLabelText('Text of the new version', { exact: false });
    expect(body).toHaveValue(created.versions[0]!.body);
    await user.click(card.getByLabelText('What changed (optional)'));
    await user.paste('Adds travel costs.');
    await user.click(card.getByRole('button', { name: 'Publish version' }));

    expect(
      await card.findByText('Version 2 has been published. Member organisations are asked to agree to it.'),
    ).toBeInTheDocument();
    expect(card.getByRole('heading', { name: 'Version 2 (current)' })).toBeInTheDocument();
    expect(callsTo('POST', publishPath).map((call) => call.body)).toEqual([
      { body: created.versions[0]!.body, changeNote: 'Adds travel costs.' },
    ]);
  });
});
