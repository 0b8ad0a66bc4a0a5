import type { Post } from '@commonroom/contracts';
import { useTranslation } from 'react-i18next';
import { FlagDialog as SharedFlagDialog } from '../../../../shared/components/flag-dialog';
import { useFlagPost } from '../../api/thread.queries';
import { ForumError } from '../forum-error';

interface FlagDialogProps {
  post: Post;
  opened: boolean;
  onClose: () => void;
  onFlagged: () => void;
}

/** Flagging a forum post: the shared dialog, sent to the community's moderators. */
export function FlagDialog({ post, opened, onClose, onFlagged }: FlagDialogProps) {
  const { t } = useTranslation();
  const flag = useFlagPost();
  return (
    <SharedFlagDialog
      opened={opened}
      title={t('forums.flag.title', { number: post.number, name: post.author.displayName })}
      noteHint={t('forums.flag.noteHint')}
      sendLabel={t('forums.flag.send')}
      busy={flag.isPending}
      error={<ForumError error={flag.error} />}
      onClose={onClose}
      onSend={(request) => flag.mutateAsync({ post, request }).then(onFlagged)}
    />
  );
}
