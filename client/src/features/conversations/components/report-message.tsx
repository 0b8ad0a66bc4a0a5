import type { Post } from '@commonroom/contracts';
import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FlagDialog } from '../../../shared/components/flag-dialog';
import { ServerMessage } from '../../../shared/forms/server-message';
import { useReportMessage } from '../api/reports.queries';

/**
 * "Report" on someone else's message: the shared flag dialog, sent to the platform admins (a conversation has no
 * community, so no facilitator). Once sent, the message says so until an admin deals with it.
 */
export function ReportMessage({ post, conversationId }: { post: Post; conversationId: string }) {
  const { t } = useTranslation();
  const report = useReportMessage(conversationId);
  const [opened, setOpened] = useState(false);
  if (post.flaggedByMe)
    return (
      <Text size="sm" c="dimmed" role="status">
        {t('conversations.reportedNotice')}
      </Text>
    );
  return (
    <>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => setOpened(true)}
        style={{ alignSelf: 'start' }}
        mih={28}
      >
        {t('conversations.report')}
      </Button>
      <FlagDialog
        opened={opened}
        title={t('conversations.reportTitle', { name: post.author.displayName })}
        noteHint={t('conversations.reportHint')}
        sendLabel={t('conversations.reportSend')}
        busy={report.isPending}
        error={<ServerMessage error={report.error} statuses={[400, 403, 409]} />}
        onClose={() => setOpened(false)}
        onSend={(request) => report.mutateAsync({ post, request }).then(() => setOpened(false))}
      />
    </>
  );
}
