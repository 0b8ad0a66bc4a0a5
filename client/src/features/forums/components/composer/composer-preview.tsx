import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../../shared/components/error-state';
import { LoadingState } from '../../../../shared/components/loading-state';
import { forumKeys } from '../../api/forum-keys';
import { previewMarkdown } from '../../api/composer.api';
import { PostBody } from '../post-body';

/** The text as it will look once posted, cooked by the server exactly as a real post is. */
export function ComposerPreview({ raw }: { raw: string }) {
  const { t } = useTranslation();
  const preview = useQuery({
    queryKey: forumKeys.preview(raw),
    queryFn: () => previewMarkdown(raw),
    enabled: raw.trim() !== '',
    staleTime: Infinity,
  });
  if (raw.trim() === '') return <Text c="dimmed">{t('forums.composer.nothingToPreview')}</Text>;
  if (preview.isPending) return <LoadingState label={t('forums.composer.previewLoading')} />;
  if (preview.isError) return <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />;
  return <PostBody html={preview.data} />;
}
