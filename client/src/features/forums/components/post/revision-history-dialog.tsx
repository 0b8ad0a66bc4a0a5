import type { Post, PostRevision } from '@commonroom/contracts';
import { Box, Modal, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../../shared/components/error-state';
import { LoadingState } from '../../../../shared/components/loading-state';
import { useFormatDateTime } from '../../../../shared/i18n/format-date';
import { useRevisions } from '../../api/thread.queries';

interface RevisionHistoryDialogProps {
  post: Post;
  opened: boolean;
  onClose: () => void;
}

/** Every version of a post, newest first, each with the words that changed from the one before. */
export function RevisionHistoryDialog({ post, opened, onClose }: RevisionHistoryDialogProps) {
  const { t } = useTranslation();
  const revisions = useRevisions(post.id, opened);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('forums.history.title', { number: post.number })}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('forums.common.close') }}
    >
      {revisions.isPending && <LoadingState />}
      {revisions.isError && <ErrorState error={revisions.error} onRetry={() => void revisions.refetch()} />}
      {revisions.data && (
        <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {[...revisions.data].reverse().map((revision) => (
            <RevisionItem key={revision.revision} revision={revision} />
          ))}
        </Stack>
      )}
    </Modal>
  );
}

function RevisionItem({ revision }: { revision: PostRevision }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Title order={3} size="h5">
        {revision.revision === 1
          ? t('forums.history.original', {
              name: revision.editor.displayName,
              date: formatDateTime(revision.createdAt),
            })
          : t('forums.history.edit', {
              number: revision.revision,
              name: revision.editor.displayName,
              date: formatDateTime(revision.createdAt),
            })}
      </Title>
      <Box mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {revision.diff.length === 0 ? <Text component="span">{revision.raw}</Text> : <WordDiff diff={revision.diff} />}
      </Box>
    </Paper>
  );
}

/** Added words underlined on green, removed ones struck through on red, each also said in words. */
function WordDiff({ diff }: { diff: PostRevision['diff'] }) {
  const { t } = useTranslation();
  return (
    <>
      {diff.map((part, index) => {
        if (part.kind === 'added') {
          return (
            <Box component="ins" key={index} bg="green.1" c="green.9">
              <VisuallyHidden>{t('forums.history.added')}</VisuallyHidden>
              {part.text}
            </Box>
          );
        }
        if (part.kind === 'removed') {
          return (
            <Box component="del" key={index} bg="red.1" c="red.9">
              <VisuallyHidden>{t('forums.history.removed')}</VisuallyHidden>
              {part.text}
            </Box>
          );
        }
        return <span key={index}>{part.text}</span>;
      })}
    </>
  );
}
