import type { FailedJobList, JobQueueSummaryList } from '@commonroom/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { errorResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

const deadId = crypto.randomUUID();
const queues: JobQueueSummaryList = {
  items: [{ queue: 'mail', waiting: 2, active: 0, retrying: 0, completed: 40, dead: 1 }],
};
const failed: FailedJobList = {
  items: [
    {
      id: deadId,
      queue: 'mail',
      state: 'dead',
      createdAt: '2026-12-07T15:00:00.000Z',
      attempts: 9,
      lastError: 'The reset-password email could not be sent (ECONNREFUSED).',
      nextAttemptAt: null,
    },
  ],
};

describe('Background jobs', () => {
  it('shows a platform admin each queue and the failed email with its reason, and sends it again', async () => {
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
      '/api/admin/jobs': () => jsonResponse(queues),
      '/api/admin/jobs/failed': () =>
        jsonResponse(callsTo('POST', `/api/admin/jobs/${deadId}/retry`).length ? { items: [] } : failed),
      [`POST /api/admin/jobs/${deadId}/retry`]: () => new Response(null, { status: 204 }),
    });
    const { user } = renderApp('/admin/jobs');

    const queue = await screen.findByRole('region', { name: 'Email' });
    expect(within(queue).getByText(/2 waiting · 0 running · 0 being retried · 1 set aside/)).toBeInTheDocument();
    const job = screen.getByRole('article', { name: 'Email · set aside' });
    expect(within(job).getByText('Tried 9 times')).toBeInTheDocument();
    expect(within(job).getByText('The reset-password email could not be sent (ECONNREFUSED).')).toBeInTheDocument();

    await user.click(within(job).getByRole('button', { name: 'Send again' }));
    expect(await screen.findByText('Nothing has failed')).toBeInTheDocument();
    expect(callsTo('POST', `/api/admin/jobs/${deadId}/retry`)).toHaveLength(1);
  });

  it('is not found for anyone who is not a platform admin', async () => {
    mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
      '/api/admin/jobs': () => errorResponse(404, 'not_found', 'That page could not be found.'),
      '/api/admin/jobs/failed': () => errorResponse(404, 'not_found', 'That page could not be found.'),
    });
    renderApp('/admin/jobs');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
