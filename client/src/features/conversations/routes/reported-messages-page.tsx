import type { ModerationItem } from '@commonroom/contracts';
import { Anchor, Button, Group, List, Paper, Stack, Text, Title, Typography } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../../shared/api/api-error';
import { HideReasonDialog } from '../../../shared/components/hide-reason-dialog';
import { EmptyState } from '../../../shared/components/empty-state';
import { ErrorState } from '../../../shared/components/error-state';
import { LiveMessage } from '../../../shared/components/live-message';
import { LoadingState } from '../../../shared/components/loading-state';
import { NotFoundState } from '../../../shared/components/not-found-state';
import { PersonAvatar } from '../../../shared/components/person-avatar';
import { usePageTitle } from '../../../shared/components/page-title';
import { useFormatDateTime } from '../../../shared/i18n/format-date';
import { ServerMessage } from '../../../shared/forms/server-message';
import { paths } from '../../../shared/routing/paths';
import { useReports, useReviewReport } from '../api/reports.queries';

/**
 * `/conversations/reported`: platform admins review reported private messages. Each shows alone, with who sent it and
 * who reported it and why; the rest of the conversation stays private. Anyone else is refused (shown as not found).
 */
export function ReportedMessagesPage() {
  const { t } = useTranslation();
  usePageTitle(t('conversations.reports.title'));
  const reports = useReports();
  const [done, setDone] = useState('');
  if (reports.isPending) return <LoadingState />;
  if (reports.isError) {
    if (isApiError(reports.error) && reports.error.status === 403) return <NotFoundState />;
    return <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />;
  }
  const { items } = reports.data;
  return (
    <Stack gap="md" maw={760}>
      <Anchor component={Link} to={paths.conversations} size="sm">
        {t('conversations.back')}
      </Anchor>
      <Title order={1}>{t('conversations.reports.title')}</Title>
      <Text>{t('conversations.reports.intro')}</Text>
      <LiveMessage>{done}</LiveMessage>
      {items.length === 0 ? (
        <EmptyState title={t('conversations.reports.empty')}>{t('conversations.reports.emptyHint')}</EmptyState>
      ) : (
        items.map((item) => <ReportedMessage key={item.post.id} item={item} onDone={setDone} />)
      )}
    </Stack>
  );
}

function ReportedMessage({ item, onDone }: { item: ModerationItem; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const review = useReviewReport();
  const [hiding, setHiding] = useState(false);
  const { post } = item;
  const headingId = `report-${post.id}`;
  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="sm" radius="md">
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <PersonAvatar name={post.author.displayName} size={28} />
          <Text fw={700} size="sm" id={headingId}>
            {t('conversations.reports.by', { name: post.author.displayName })}
          </Text>
          <Text size="xs" c="dimmed" component="time" dateTime={post.createdAt}>
            {formatDateTime(post.createdAt)}
          </Text>
        </Group>
        {/* Cooked and sanitised by the server, as everywhere a post shows. */}
        {post.html !== null && <Typography className="post-body" dangerouslySetInnerHTML={{ __html: post.html }} />}
        <List size="sm" spacing={4}>
          {item.flags.map((flag) => (
            <List.Item key={`${flag.flaggedBy.id}-${flag.createdAt}`}>
              {t('conversations.reports.reportedBy', {
                name: flag.flaggedBy.displayName,
                reason: t(`common.flag.reasons.${flag.reason}`),
              })}
              {flag.note && <Text size="sm" c="dimmed">{`“${flag.note}”`}</Text>}
            </List.Item>
          ))}
        </List>
        <Group gap="sm">
          <Button color="red.9" onClick={() => setHiding(true)}>
            {t('conversations.reports.hide')}
          </Button>
          <Button
            variant="default"
            loading={review.isPending}
            onClick={() =>
              review.mutate(
                { postId: post.id, body: { action: 'dismiss' } },
                { onSuccess: () => onDone(t('conversations.reports.dismissed')) },
              )
            }
          >
            {t('conversations.reports.dismiss')}
          </Button>
        </Group>
        <ServerMessage error={review.error} statuses={[409]} />
        {hiding && (
          <HideDialog
            postId={post.id}
            onClose={() => setHiding(false)}
            onHidden={() => onDone(t('conversations.reports.hidden'))}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** An admin hides a reported message, with the reason its author will see. */
function HideDialog({ postId, onClose, onHidden }: { postId: string; onClose: () => void; onHidden: () => void }) {
  const { t } = useTranslation();
  const review = useReviewReport();
  return (
    <HideReasonDialog
      opened
      title={t('conversations.reports.hideTitle')}
      explanation={t('conversations.reports.hideExplain')}
      hint={t('conversations.reports.hideHint')}
      confirmLabel={t('conversations.reports.hide')}
      busy={review.isPending}
      error={review.error}
      errorStatuses={[400, 409]}
      onClose={onClose}
      returnFocus={false}
      onHide={(reason) => review.mutate({ postId, body: { action: 'hide', reason } }, { onSuccess: onHidden })}
    />
  );
}
