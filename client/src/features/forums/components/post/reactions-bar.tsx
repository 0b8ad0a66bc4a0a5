import { REACTIONS, type Post, type Reaction, type ReactionCount } from '@commonroom/contracts';
import { Button, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useToggleReaction } from '../../api/thread.queries';
import { ForumError } from '../forum-error';
import { ReactionIcon } from './reaction-icon';
import { reactorList } from './reactor-names';

interface ReactionsBarProps {
  post: Post;
  canReact: boolean;
}

/** Names in a reaction's accessible label; the tooltip lists every name the server sent. */
const NAMES_IN_LABEL = 2;

/** "Thanks: Priya Nair, Tom Hughes and 3 others" for screen readers, and the longer list for the tooltip. */
function useReactionWords() {
  const { t } = useTranslation();
  const others = (count: number) => t('forums.reactions.others', { count });
  return (id: Reaction, count: ReactionCount | undefined) => {
    const name = t(`forums.reactions.names.${id}`);
    if (!count) return { label: name, tooltip: name };
    return {
      label: t('forums.reactions.whoReacted', { name, people: reactorList(count, NAMES_IN_LABEL, others) }),
      tooltip: t('forums.reactions.whoReacted', { name, people: reactorList(count, count.people.length, others) }),
    };
  };
}

/**
 * The fixed set of reactions as toggle buttons (`aria-pressed`), each with its icon and count, and who gave it on
 * hover or focus. Someone who may not react (a locked thread, a visitor) sees only the counts there are.
 */
export function ReactionsBar({ post, canReact }: ReactionsBarProps) {
  const { t } = useTranslation();
  const toggle = useToggleReaction(post.threadId);
  const words = useReactionWords();
  const counts = new Map(post.reactions.map((reaction) => [reaction.reaction, reaction]));

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
        {given.map(({ id }) => {
          const { label, tooltip } = words(id, counts.get(id));
          return (
            <Tooltip key={id} label={tooltip} multiline maw={280} withArrow>
              <Text component="li" size="sm" aria-label={label} style={{ display: 'flex', gap: 4 }}>
                <ReactionIcon reaction={id} size={16} /> {counts.get(id)?.count}
              </Text>
            </Tooltip>
          );
        })}
      </Group>
    );
  }

  return (
    <div>
      <Group gap={4} role="group" aria-label={t('forums.reactions.label', { number: post.number })}>
        {REACTIONS.map(({ id }) => {
          const count = counts.get(id);
          const mine = count?.mine ?? false;
          const { label, tooltip } = words(id, count);
          return (
            <Tooltip
              key={id}
              label={tooltip}
              multiline
              maw={280}
              withArrow
              events={{ hover: true, focus: true, touch: false }}
            >
              <Button
                size="compact-sm"
                h={32}
                miw={32}
                // Pressed is filled, not pressed is outlined: told apart without colour too.
                variant={mine ? 'light' : 'default'}
                aria-pressed={mine}
                aria-label={label}
                leftSection={<ReactionIcon reaction={id} />}
                onClick={() => {
                  if (!toggle.isPending) toggle.mutate({ postId: post.id, reaction: id, on: !mine });
                }}
                styles={count ? undefined : { section: { marginInlineEnd: 0 } }}
              >
                {count?.count}
              </Button>
            </Tooltip>
          );
        })}
      </Group>
      <ForumError error={toggle.error} />
    </div>
  );
}
