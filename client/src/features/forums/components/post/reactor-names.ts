import type { ReactionCount } from '@commonroom/contracts';

/**
 * "Priya Nair, Tom Hughes and 3 others": the first `shown` names of who gave a reaction, and how many more. British
 * English list style (no comma before "and"); `others` words the remainder, e.g. `(n) => t('…others', { count: n })`.
 */
export function reactorList(reaction: ReactionCount, shown: number, others: (count: number) => string): string {
  const names = reaction.people.slice(0, shown).map((person) => person.displayName);
  const rest = reaction.count - names.length;
  const parts = rest > 0 ? [...names, others(rest)] : names;
  return new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(parts);
}
