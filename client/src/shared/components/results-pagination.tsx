import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface ResultsPaginationProps {
  page: number;
  pageSize: number;
  total: number;
  pageHref: (page: number) => string;
}

/**
 * Previous / next as real links (they can be opened in a new tab, and crawlers follow them),
 * with "Page 2 of 7" between. Fits a phone; a row of numbered buttons would not.
 */
export function ResultsPagination({ page, pageSize, total, pageHref }: ResultsPaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && page <= 1) return null;

  return (
    <Group component="nav" aria-label={t('directory.pagination.label')} justify="space-between" py="md">
      {page > 1 ? (
        <Button component={Link} to={pageHref(page - 1)} variant="default" rel="prev">
          {t('directory.pagination.previous')}
        </Button>
      ) : (
        <span />
      )}
      <Text>{t('directory.pagination.position', { page, pages })}</Text>
      {page < pages ? (
        <Button component={Link} to={pageHref(page + 1)} variant="default" rel="next">
          {t('directory.pagination.next')}
        </Button>
      ) : (
        <span />
      )}
    </Group>
  );
}
