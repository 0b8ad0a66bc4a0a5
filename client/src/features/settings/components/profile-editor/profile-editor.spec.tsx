import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../../test/mock-fetch';
import { renderApp } from '../../../../test/render-app';
import { buildMyProfile } from '../../../../test/people-fixtures';

const options = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

function serve() {
  const mine = buildMyProfile();
  return mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
    '/api/me/profile': () => jsonResponse(mine),
    'PATCH /api/me/profile': (_url, request) =>
      jsonResponse({ ...mine, ...(request.body as object), updatedAt: '2026-01-07T09:00:00.000Z' }),
  });
}

describe('Profile editor', () => {
  it('offers each field only the visibilities it allows: contact details are never public', async () => {
    serve();
    renderApp('/settings/profile');

    const email = await screen.findByRole('combobox', { name: 'Who can see: Contact email' });
    expect(options(email)).toEqual(['Signed-in members', 'People in my communities', 'Only me']);
    expect(email).toHaveValue('only_me');
    expect(options(screen.getByRole('combobox', { name: 'Who can see: Contact phone' }))).not.toContain('Anyone');
    expect(options(screen.getByRole('combobox', { name: 'Who can see: Name' }))).toEqual([
      'Anyone',
      'Signed-in members',
    ]);
    expect(options(screen.getByRole('combobox', { name: 'Who can see: Headline' }))).toEqual([
      'Anyone',
      'Signed-in members',
      'People in my communities',
      'Only me',
    ]);
    expect(screen.getByText(/only to you, are not searchable in the people finder/)).toBeInTheDocument();
  });

  it('saves the fields with their visibilities, and shows the contract’s message for a bad phone number', async () => {
    const { callsTo } = serve();
    const { user } = renderApp('/settings/profile');

    await user.type(await screen.findByRole('textbox', { name: 'Headline' }), 'Physics mentor at Fenmoor');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Who can see: Contact email' }), 'members');
    await user.type(screen.getByRole('textbox', { name: 'Contact email' }), 'sam@fenmoor.example.org');
    await user.type(screen.getByRole('textbox', { name: 'Contact phone' }), 'call me');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Enter a phone number of 7–20 digits.')).toBeInTheDocument();
    expect(callsTo('PATCH', '/api/me/profile')).toHaveLength(0);

    await user.clear(screen.getByRole('textbox', { name: 'Contact phone' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Your profile has been saved.')).toBeInTheDocument();
    const [saved] = callsTo('PATCH', '/api/me/profile');
    expect(saved?.body).toMatchObject({
      headline: 'Physics mentor at Fenmoor',
      contactEmail: 'sam@fenmoor.example.org',
      contactPhone: null,
    });
    expect((saved?.body as { visibility: Record<string, string> }).visibility).toMatchObject({
      contactEmail: 'members',
      headline: 'members',
    });
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Who can see: Contact email' })).toHaveValue('members'),
    );
  });
});
