import type { PersonRef } from '@commonroom/contracts';
import { Avatar } from '@mantine/core';
import { initialsOf } from '../../../../shared/components/person-avatar';

/** Dark shades, so white initials pass contrast on every one. */
const COLOURS = ['blue.9', 'teal.9', 'grape.9', 'indigo.9', 'cyan.9', 'red.9', 'pink.9', 'violet.9'];

/** The same person always gets the same colour (from their id), wherever their posts appear. */
export function avatarColour(personId: string): string {
  let hash = 0;
  for (const char of personId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLOURS[hash % COLOURS.length]!;
}

/**
 * A post author's initials in a circle of their own colour. Decorative (`aria-hidden`): the name is written beside it.
 * Profile photos are not shown here: each photo has its own visibility setting, which post pages do not carry yet.
 */
export function AuthorAvatar({ person, size = 40 }: { person: PersonRef; size?: number }) {
  return (
    <Avatar size={size} radius="xl" variant="filled" color={avatarColour(person.id)} aria-hidden="true">
      {initialsOf(person.displayName)}
    </Avatar>
  );
}
