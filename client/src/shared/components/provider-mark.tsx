import { Box } from '@mantine/core';

/**
 * Dark enough that white text on each passes WCAG AA (≥ 4.5:1; `provider-mark.spec.ts` checks),
 * and far enough apart in hue that two providers side by side do not look alike.
 */
export const PROVIDER_COLOURS = [
  '#1f5f8b',
  '#7a3e9d',
  '#9c2f2f',
  '#2e6b3a',
  '#8a4b0f',
  '#0f6b6b',
  '#4b4a9c',
  '#8a2d63',
] as const;

/** The same provider always gets the same colour: a hash of its id, not its (editable) name. */
export function providerColour(providerId: string): string {
  let hash = 0;
  for (const char of providerId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PROVIDER_COLOURS[hash % PROVIDER_COLOURS.length] ?? PROVIDER_COLOURS[0];
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'at', 'in', '&']);

/** Up to three initials of the words that matter: "University of Fenmoor" → "UF". */
export function providerInitials(name: string): string {
  const words = name.split(/\s+/).filter((word) => word && !SMALL_WORDS.has(word.toLowerCase()));
  return words
    .slice(0, 3)
    .map((word) => [...word][0]?.toUpperCase() ?? '')
    .join('');
}

interface ProviderMarkProps {
  provider: { id: string; name: string };
  size?: number;
}

/** A lead provider's mark: its initials on its colour. Decorative: its name is always written beside it. */
export function ProviderMark({ provider, size = 32 }: ProviderMarkProps) {
  return (
    <Box
      aria-hidden="true"
      className="provider-mark"
      w={size}
      h={size}
      style={{ background: providerColour(provider.id), fontSize: size * 0.4 }}
    >
      {providerInitials(provider.name)}
    </Box>
  );
}
