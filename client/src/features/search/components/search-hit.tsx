import type { SearchHit as SearchHitData } from '@commonroom/contracts';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../../shared/i18n/format-date';
import { useTermLabel } from '../../../shared/i18n/taxonomy';
import { paths } from '../../../shared/routing/paths';
import { HighlightedText } from '../../../shared/components/highlighted-text';
import { PersonCard } from '../../people';

function HitCard({
  kind,
  title,
  href,
  meta,
  highlight,
}: {
  kind: string;
  title: string;
  href: string;
  meta?: ReactNode;
  highlight: string | null;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={6}>
        <Group gap="xs">
          <Badge variant="default" radius="sm" tt="none">
            {kind}
          </Badge>
          {meta && (
            <Text size="sm" c="dimmed">
              {meta}
            </Text>
          )}
        </Group>
        <Title order={3} size="h4">
          <Anchor component={Link} to={href}>
            {title}
          </Anchor>
        </Title>
        {highlight && (
          <Text size="sm">
            <HighlightedText html={highlight} />
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** One result of any type, each linking where it lives (a forum post links to its place in the thread). */
export function SearchHit({ hit }: { hit: SearchHitData }) {
  const { t } = useTranslation();
  const termLabel = useTermLabel();
  const formatDateTime = useFormatDateTime();
  switch (hit.type) {
    case 'person':
      return <PersonCard person={hit.person} />;
    case 'organisation':
      return (
        <HitCard
          kind={termLabel('organisationKind', hit.organisation.kind)}
          title={hit.organisation.name}
          href={paths.organisation(hit.organisation.slug)}
          meta={hit.organisation.localAuthorityName}
          highlight={hit.highlight}
        />
      );
    case 'community':
      return (
        <HitCard
          kind={t('search.types.community')}
          title={hit.community.name}
          href={paths.community(hit.community.slug)}
          highlight={hit.highlight}
        />
      );
    case 'forum_post': {
      const { post } = hit;
      return (
        <HitCard
          kind={t('search.types.forum_post')}
          title={post.threadTitle}
          href={`${paths.forumThread(post.community.slug, post.threadId)}?near=${post.number}`}
          meta={t('search.results.postMeta', {
            community: post.community.name,
            name: post.author.displayName,
            date: formatDateTime(post.createdAt),
          })}
          highlight={hit.highlight}
        />
      );
    }
  }
}
