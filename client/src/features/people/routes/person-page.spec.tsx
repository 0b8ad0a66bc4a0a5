import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { errorResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import { buildProfileView, buildSent, FENMOOR } from '../../../test/people-fixtures';

const MESSAGE = 'I coordinate secondary placements in Northamptonshire; could we talk about physics mentoring?';

function serve(profile: ReturnType<typeof buildProfileView>, handlers: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
    [`/api/people/${profile.userId}`]: () => jsonResponse(profile),
    ...handlers,
  });
}

describe('Profile page', () => {
  it('shows every field the response carries and nothing for the ones it leaves out', async () => {
    const profile = buildProfileView({
      currentAffiliations: [
        { organisation: FENMOOR, role: 'mentor', title: 'Lead mentor', startsOn: '2021-09-01', endsOn: null },
      ],
      subjects: ['physics'],
      expertise: ['coaching'],
      freeTags: ['rocketry'],
      mentorStage: 'stage_2_certified',
      links: [{ label: 'School page', url: 'https://fenmoor.example.org/staff/priya' }],
      viewer: { canRequestContact: false },
    });
    serve(profile);
    renderApp(`/people/${profile.userId}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Priya Shah' })).toBeInTheDocument();
    expect(screen.getByText('Lead mentor,', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('Coaching and mentoring conversations')).toBeInTheDocument();
    expect(screen.getByText('Also: rocketry')).toBeInTheDocument();
    expect(screen.getByText('Stage 2 certificate')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'School page' })).toHaveAttribute(
      'href',
      'https://fenmoor.example.org/staff/priya',
    );
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Get in touch', 'Works at', 'Subjects', 'Expertise', 'Mentor framework stage', 'Links']);
    expect(screen.queryByRole('button', { name: 'Ask to get in touch' })).not.toBeInTheDocument();
  });

  it('checks the message before sending, sends it with an Idempotency-Key, then shows the wait', async () => {
    let profile = buildProfileView();
    const pending = { id: crypto.randomUUID(), status: 'pending' as const, sentAt: '2026-01-06T10:00:00.000Z' };
    const { callsTo } = serve(profile, {
      [`/api/people/${profile.userId}`]: () => jsonResponse(profile),
      [`POST /api/people/${profile.userId}/contact-requests`]: () => {
        profile = { ...profile, viewer: { ...profile.viewer, canRequestContact: false, contactRequest: pending } };
        return jsonResponse(buildSent({ id: pending.id, to: { userId: profile.userId, displayName: 'Priya Shah' } }), {
          status: 201,
        });
      },
    });
    const { user } = renderApp(`/people/${profile.userId}`);

    await user.click(await screen.findByRole('button', { name: 'Ask to get in touch' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ask Priya Shah to get in touch' });
    const message = within(dialog).getByRole('textbox', { name: /Your message/ });
    await user.type(message, 'Hello!');
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));

    expect(
      await within(dialog).findByText('Say in a sentence or two why you would like to get in touch.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(message).toHaveFocus());
    expect(callsTo('POST', `/api/people/${profile.userId}/contact-requests`)).toHaveLength(0);

    await user.clear(message);
    await user.type(message, `  ${MESSAGE} `);
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));

    expect(await screen.findByText('Request sent — waiting for a reply.')).toBeInTheDocument();
    expect(screen.getByText('Your request has been sent to Priya Shah.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ask to get in touch' })).not.toBeInTheDocument();
    const [sent] = callsTo('POST', `/api/people/${profile.userId}/contact-requests`);
    expect(sent?.body).toEqual({ message: MESSAGE });
    expect(sent?.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows the server’s sentence when it refuses, keeping the message', async () => {
    const profile = buildProfileView();
    serve(profile, {
      [`POST /api/people/${profile.userId}/contact-requests`]: () =>
        errorResponse(409, 'conflict', 'You have already asked Priya Shah to get in touch.'),
    });
    const { user } = renderApp(`/people/${profile.userId}`);

    await user.click(await screen.findByRole('button', { name: 'Ask to get in touch' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Your message/ }), MESSAGE);
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You have already asked Priya Shah to get in touch.',
    );
    expect(within(dialog).getByRole('textbox', { name: /Your message/ })).toHaveValue(MESSAGE);
  });

  it('shows the contact route the person shared once they accepted', async () => {
    const accepted = buildSent({
      status: 'accepted',
      sharedContact: { email: 'priya@fenmoor.example.org', phone: null, note: 'Tuesdays after 3pm' },
    });
    const profile = buildProfileView({
      viewer: {
        canRequestContact: false,
        contactRequest: { id: accepted.id, status: 'accepted', sentAt: accepted.sentAt },
      },
    });
    serve(profile, { '/api/me/contact-requests/sent': () => jsonResponse({ items: [buildSent(), accepted] }) });
    renderApp(`/people/${profile.userId}`);

    const shared = await screen.findByRole('list', { name: 'Contact details shared with you' });
    expect(within(shared).getByRole('link', { name: 'priya@fenmoor.example.org' })).toHaveAttribute(
      'href',
      'mailto:priya@fenmoor.example.org',
    );
    expect(within(shared).getByText('Tuesdays after 3pm')).toBeInTheDocument();
  });
});
