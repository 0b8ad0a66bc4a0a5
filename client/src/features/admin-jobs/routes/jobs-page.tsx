import type { FailedJob, JobQueueSummary } from '@commonroom/contracts';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/api-error';
import { EmptyState } from '../../../shared/components/empty-state';
import { ErrorState } from '../../../shared/components/error-state';
import { LiveMessage } from '../../../shared/components/live-message';
import { LoadingState } from '../../../shared/components/loading-state';
import { NotFoundState } from '../../../shared/components/not-found-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { useFormatDateTime } from '../../../shared/i18n/format-date';
import { useFailedJobs, useJobQueues, useRetryAllJobs, useRetryJob } from '../api/jobs.queries';

/**
 * `/admin/jobs`: platform admins see each background queue (email, digests…) and the jobs that failed, with the
 * last error and how often they were tried, and send them again. Anyone else sees "not found", as the server answers.
 */
export function JobsPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminJobs.title'));
  const queues = useJobQueues();
  const failed = useFailedJobs();
  const [done, setDone] = useState('');
  const error = queues.error ?? failed.error;
  if (queues.isPending || failed.isPending) return <LoadingState />;
  if (error) {
    if (isApiError(error) && error.status === 404) return <NotFoundState />;
    return <ErrorState error={error} onRetry={() => void Promise.all([queues.refetch(), failed.refetch()])} />;
  }
  return (
    <Stack gap="md" maw={860}>
      <Title order={1}>{t('adminJobs.title')}</Title>
      <Text>{t('adminJobs.intro')}</Text>
      <LiveMessage>{done}</LiveMessage>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {queues.data!.items.map((queue) => (
          <QueueCard key={queue.queue} queue={queue} onDone={setDone} />
        ))}
      </SimpleGrid>
      <Title order={2} size="h3">
        {t('adminJobs.failedTitle')}
      </Title>
      {failed.data!.items.length === 0 ? (
        <EmptyState title={t('adminJobs.empty')}>{t('adminJobs.emptyHint')}</EmptyState>
      ) : (
        failed.data!.items.map((job) => <FailedJobCard key={job.id} job={job} onDone={setDone} />)
      )}
    </Stack>
  );
}

function QueueCard({ queue, onDone }: { queue: JobQueueSummary; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const retryAll = useRetryAllJobs();
  const stuck = queue.dead + queue.retrying;
  const headingId = `queue-${queue.queue}`;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="sm" radius="md">
      <Stack gap={6}>
        <Text fw={700} id={headingId}>
          {t(`adminJobs.queues.${queue.queue}`, { defaultValue: queue.queue })}
        </Text>
        <Text size="sm">
          {t('adminJobs.counts', {
            waiting: queue.waiting,
            active: queue.active,
            retrying: queue.retrying,
            dead: queue.dead,
            completed: queue.completed,
          })}
        </Text>
        {stuck > 0 && (
          <Group>
            <Button
              size="xs"
              variant="light"
              loading={retryAll.isPending}
              onClick={() =>
                retryAll.mutate(queue.queue, {
                  onSuccess: ({ retried }) => onDone(t('adminJobs.retriedAll', { count: retried })),
                })
              }
            >
              {t('adminJobs.retryAll')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function FailedJobCard({ job, onDone }: { job: FailedJob; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const retry = useRetryJob();
  const headingId = `job-${job.id}`;
  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="sm" radius="md">
      <Stack gap={6}>
        <Group gap="xs" justify="space-between">
          <Text fw={700} id={headingId}>
            {t(`adminJobs.queues.${job.queue}`, { defaultValue: job.queue })} ·{' '}
            {t(job.state === 'dead' ? 'adminJobs.dead' : 'adminJobs.retrying')}
          </Text>
          <Text size="xs" c="dimmed" component="time" dateTime={job.createdAt}>
            {formatDateTime(job.createdAt)}
          </Text>
        </Group>
        <Text size="sm">{t('adminJobs.attempts', { count: job.attempts })}</Text>
        {job.nextAttemptAt && (
          <Text size="sm">{t('adminJobs.nextAttempt', { time: formatDateTime(job.nextAttemptAt) })}</Text>
        )}
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {job.lastError ?? t('adminJobs.noError')}
        </Text>
        <Group>
          <Button
            size="xs"
            loading={retry.isPending}
            aria-describedby={headingId}
            onClick={() => retry.mutate(job.id, { onSuccess: () => onDone(t('adminJobs.retried')) })}
          >
            {t(job.state === 'dead' ? 'adminJobs.retry' : 'adminJobs.retryNow')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
