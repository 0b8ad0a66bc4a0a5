import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface TagLinksProps {
  tags: string[];
  /** The category's threads with this tag. */
  hrefFor: (tag: string) => string;
}

/** A thread's tags as links to the other threads with the same tag; each target at least 24px. */
export function TagLinks({ tags, hrefFor }: TagLinksProps) {
  const { t } = useTranslation();
  if (tags.length === 0) return null;
  return (
    <Group gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('forums.threads.tagsLabel')}>
      {tags.map((tag) => (
        <li key={tag}>
          <Anchor
            component={Link}
            to={hrefFor(tag)}
            size="sm"
            aria-label={t('forums.threads.tagLinkLabel', { tag })}
            style={{ display: 'inline-flex', alignItems: 'center', minHeight: 24, paddingInline: 4 }}
          >
            #{tag}
          </Anchor>
        </li>
      ))}
    </Group>
  );
}
