import { Avatar } from '@mantine/core';

/** Up to two initials, e.g. "AP" for "Asha Patel", for people without a photo (or who hide it). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words.at(-1)] : words;
  return letters.map((word) => [...(word ?? '')][0]?.toUpperCase() ?? '').join('');
}

interface PersonAvatarProps {
  name: string;
  photoUrl?: string | null | undefined;
  size?: number;
}

/** The person's photo or their initials. Decorative: the name is always written beside it. */
export function PersonAvatar({ name, photoUrl, size = 56 }: PersonAvatarProps) {
  return (
    <Avatar src={photoUrl ?? null} alt="" size={size} radius="xl" color="commonroom" aria-hidden="true">
      {initialsOf(name)}
    </Avatar>
  );
}
