import { REACTIONS, type Post } from '@commonroom/contracts';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useToggleReaction } from '../../api/thread.queries';
import { ForumError } from '../forum-error';

interface ReactionsBarProps {
  post: Post;
  canReact: boolean;
}

/**
 * The fixed set of reactions as toggle buttons (`aria-pressed`), each with its count. Someone who
 * may not react (a locked thread, a visitor) sees only the counts there are.
 */
export function ReactionsBar({ post, canReact }: ReactionsBarProps) {
  const { t } = useTranslation();
  const toggle = useToggleReaction(post.threadId);
  const counts = new Map(post.reactions.map((reaction) => [reaction.reaction, reaction]));
  const label = (id: string, count: number | undefined) => {
    const name = t(`forums.reactions.names.${id as (typeof REACTIONS)[number]['id']}`);
    return count ? t('forums.reactions.withCount', { name, count }) : name;
  };

  if (!canReact) {
    const given = REACTIONS.filter((reaction) => counts.has(reaction.id));
    if (given.length === 0) return null;
    return (
      <Group
        gap="sm"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('forums.reactions.label', { number: post.number })}
      >
        {given.map((reaction) => (
          <Text
            component="li"
            size="sm"
            key={reaction.id}
            aria-label={label(reaction.id, counts.get(reaction.id)?.count)}
          >
            <span aria-hidden="true">{reaction.emoji}</span> {counts.get(reaction.id)?.count}
          </Text>
        ))}
      </Group>
    );
  }

  return (
    <div>
      <Group gap={4} role="group" aria-label={t('forums.reactions.label', { number: post.number })}>
        {REACTIONS.map((reaction) => {
          const count = counts.get(reaction.id);
          const mine = count?.mine ?? false;
          return (
            <Button
              key={reaction.id}
              size="compact-sm"
              // Pressed is filled, not pressed is outlined: told apart without colour too.
              variant={mine ? 'light' : 'default'}
              aria-pressed={mine}
              aria-label={label(reaction.id, count?.count)}
              title={t(`forums.reactions.names.${reaction.id}`)}
              onClick={() => {
                if (!toggle.isPending) toggle.mutate({ postId: post.id, reaction: reaction.id, on: !mine });
              }}
            >
              <span aria-hidden="true">{reaction.emoji}</span>
              {count && <span style={{ marginLeft: 4 }}>{count.count}</span>}
            </Button>
          );
        })}
      </Group>
      <ForumError error={toggle.error} />
    </div>
  );
}
