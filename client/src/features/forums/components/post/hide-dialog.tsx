import type { Post } from '@commonroom/contracts';
import { useTranslation } from 'react-i18next';
import { HideReasonDialog } from '../../../../shared/components/hide-reason-dialog';
import { useModeratePost } from '../../api/forums.queries';
import { FORUM_REFUSALS } from '../forum-error';

interface HideDialogProps {
  post: Post;
  communitySlug: string;
  opened: boolean;
  onClose: () => void;
  onHidden: () => void;
}

/** A moderator hides a forum post, with the reason its author will see. */
export function HideDialog({ post, communitySlug, opened, onClose, onHidden }: HideDialogProps) {
  const { t } = useTranslation();
  const moderate = useModeratePost(communitySlug);
  return (
    <HideReasonDialog
      opened={opened}
      title={t('forums.hide.title', { number: post.number, name: post.author.displayName })}
      explanation={t('forums.hide.intro')}
      hint={t('forums.hide.reasonHint')}
      confirmLabel={t('forums.hide.confirm')}
      busy={moderate.isPending}
      error={moderate.error}
      errorStatuses={FORUM_REFUSALS}
      onClose={onClose}
      onHide={(reason) =>
        moderate.mutate({ postId: post.id, request: { action: 'hide', reason } }, { onSuccess: onHidden })
      }
    />
  );
}
