import type { HomeWaiting } from '@commonroom/contracts';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/routing/paths';

export const WAITING_ID = 'waiting';

/** What only I can move on: contact requests, invitations, and join requests and flags where I facilitate. */
export function WaitingForYou({ waiting }: { waiting: HomeWaiting }) {
  const { t } = useTranslation();
  const lines: { key: string; node: ReactNode }[] = [];
  if (waiting.contactRequests > 0)
    lines.push({
      key: 'contacts',
      node: (
        <Anchor component={Link} to={paths.contactRequests} display="inline-block">
          {t('home.waiting.contactRequests', { count: waiting.contactRequests })}
        </Anchor>
      ),
    });
  for (const { community, joinRequests, openFlags } of waiting.facilitating.communities) {
    if (joinRequests > 0)
      lines.push({
        key: `join-${community.id}`,
        node: (
          <Anchor component={Link} to={paths.communitySettings(community.slug)} display="inline-block">
            {t('home.waiting.joinRequests', { count: joinRequests, community: community.name })}
          </Anchor>
        ),
      });
    if (openFlags > 0)
      lines.push({
        key: `flags-${community.id}`,
        node: (
          <Anchor component={Link} to={paths.forumModeration(community.slug)} display="inline-block">
            {t('home.waiting.flags', { count: openFlags, community: community.name })}
          </Anchor>
        ),
      });
  }
  for (const { community } of waiting.invitations)
    lines.push({
      key: `invite-${community.id}`,
      node: <Text>{t('home.waiting.invitation', { community: community.name })}</Text>,
    });
  if (lines.length === 0) return null;
  return (
    <Paper component="section" aria-labelledby={`${WAITING_ID}-heading`} id={WAITING_ID} withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={2} size="h4" id={`${WAITING_ID}-heading`}>
          {t('home.waiting.heading')}
        </Title>
        <Stack component="ul" gap={6} m={0} pl="lg" lh="24px">
          {lines.map((line) => (
            <li key={line.key}>{line.node}</li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
