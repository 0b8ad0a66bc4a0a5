import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession } from '../../../test/fixtures';
import { errorResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

const NEUTRAL_MESSAGE =
  'If this address can be used, we have sent a link to it. Open it to finish creating your account.';

function serveSignUp(
  answer: () => Response | Promise<Response> = () => jsonResponse({ message: NEUTRAL_MESSAGE }, { status: 202 }),
) {
  return mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession()),
    'POST /api/auth/sign-up': answer,
  });
}

async function fillIn(
  user: ReturnType<typeof renderApp>['user'],
  values: { name: string; email: string; password: string },
) {
  await user.type(await screen.findByLabelText('Your name', { exact: false }), values.name);
  await user.type(screen.getByLabelText('Email address', { exact: false }), values.email);
  await user.type(screen.getByLabelText('Password', { exact: false, selector: 'input' }), values.password);
}

describe('Sign-up page', () => {
  it('sends the details and then says only "check your email", with the server’s neutral message', async () => {
    const { callsTo } = serveSignUp();
    const { user } = renderApp('/sign-up');

    await fillIn(user, {
      name: 'Sam Mentor',
      email: ' Sam@Oakfield.example.sch.uk ',
      password: 'correct horse battery',
    });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const heading = await screen.findByRole('heading', { level: 2, name: 'Check your email' });
    expect(heading).toHaveFocus();
    expect(screen.getByText(NEUTRAL_MESSAGE)).toBeInTheDocument();
    expect(screen.queryByLabelText('Password', { exact: false, selector: 'input' })).not.toBeInTheDocument();
    // The contract schema trims and lower-cases the address before it is sent.
    expect(callsTo('POST', '/api/auth/sign-up').map((call) => call.body)).toEqual([
      { displayName: 'Sam Mentor', email: 'sam@oakfield.example.sch.uk', password: 'correct horse battery' },
    ]);
    expect(screen.getByRole('link', { name: /See sent emails at \/dev\/mail/ })).toHaveAttribute('href', '/dev/mail');
  });

  it('explains a too-short password under the field, moves focus there and sends nothing', async () => {
    const { callsTo } = serveSignUp();
    const { user } = renderApp('/sign-up');

    await fillIn(user, { name: 'Sam Mentor', email: 'sam@oakfield.example.sch.uk', password: 'short' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const password = screen.getByLabelText('Password', { exact: false, selector: 'input' });
    await waitFor(() => expect(password).toHaveFocus());
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(expect.stringContaining('Use at least 12 characters.'));
    expect(screen.getByLabelText('Your name', { exact: false })).toHaveValue('Sam Mentor');
    expect(callsTo('POST', '/api/auth/sign-up')).toHaveLength(0);
  });

  it('shows the server’s field problems under their fields, keeping what was typed', async () => {
    serveSignUp(() =>
      errorResponse(400, 'validation_failed', 'Invalid request', 'req-2', [
        { path: 'body.password', message: 'This password has appeared in a data breach. Choose another.' },
      ]),
    );
    const { user } = renderApp('/sign-up');

    await fillIn(user, { name: 'Sam Mentor', email: 'sam@oakfield.example.sch.uk', password: 'password1234' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const password = screen.getByLabelText('Password', { exact: false, selector: 'input' });
    await waitFor(() =>
      expect(password).toHaveAccessibleDescription(expect.stringContaining('appeared in a data breach')),
    );
    await waitFor(() => expect(password).toHaveFocus());
    expect(password).toHaveValue('password1234');
    expect(screen.getByLabelText('Email address', { exact: false })).toHaveValue('sam@oakfield.example.sch.uk');
  });

  it('keeps the button busy, and sends once, however often it is pressed', async () => {
    let answer: (response: Response) => void = () => undefined;
    const { callsTo } = serveSignUp(() => new Promise<Response>((resolve) => (answer = resolve)));
    const { user } = renderApp('/sign-up');

    await fillIn(user, { name: 'Sam Mentor', email: 'sam@oakfield.example.sch.uk', password: 'correct horse battery' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const busy = await screen.findByRole('button', { name: 'Creating your account…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    await user.click(busy);
    await user.keyboard('{Enter}');

    expect(callsTo('POST', '/api/auth/sign-up')).toHaveLength(1);
    answer(jsonResponse({ message: NEUTRAL_MESSAGE }, { status: 202 }));
    expect(await screen.findByText(NEUTRAL_MESSAGE)).toBeInTheDocument();
  });
});
