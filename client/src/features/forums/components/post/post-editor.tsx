import type { Post } from '@commonroom/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../../shared/components/error-state';
import { LoadingState } from '../../../../shared/components/loading-state';
import { useEditPost, useRevisions } from '../../api/thread.queries';
import { Composer } from '../composer/composer';

interface PostEditorProps {
  post: Post;
  communitySlug: string;
  onDone: () => void;
}

/**
 * Edits a post in place. Readers get only HTML, so the Markdown to start from is the latest
 * revision's. An edit over someone else's newer one is refused (409) and the text stays here.
 */
export function PostEditor({ post, communitySlug, onDone }: PostEditorProps) {
  const { t } = useTranslation();
  const revisions = useRevisions(post.id, true);
  const edit = useEditPost();
  if (revisions.isPending) return <LoadingState />;
  if (revisions.isError) return <ErrorState error={revisions.error} onRetry={() => void revisions.refetch()} />;
  const latest = revisions.data.at(-1);
  return (
    <Composer
      communitySlug={communitySlug}
      draftKey={`edit:${post.id}`}
      label={t('forums.post.editLabel', { number: post.number })}
      submitLabel={t('forums.post.saveEdit')}
      pendingLabel={t('forums.common.saving')}
      initialValue={latest?.raw ?? ''}
      onCancel={onDone}
      onSubmit={async (raw) => {
        await edit.mutateAsync({ post, raw });
        onDone();
        return 'sent';
      }}
    />
  );
}
