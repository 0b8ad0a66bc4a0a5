import type { Suggestions } from '@commonroom/contracts';
import { paths } from '../../../shared/routing/paths';

export interface SuggestionOption {
  /** Where choosing it goes; unique across groups, so it doubles as the option's value. */
  href: string;
  label: string;
  detail?: string | null | undefined;
}

export interface SuggestionGroup {
  kind: keyof Suggestions;
  options: SuggestionOption[];
}

/** The suggestions as groups of links, in the order the box shows them; empty groups left out. */
export function suggestionGroups(suggestions: Suggestions | undefined): SuggestionGroup[] {
  if (!suggestions) return [];
  const groups: SuggestionGroup[] = [
    {
      kind: 'people',
      options: suggestions.people.map((p) => ({
        href: paths.person(p.userId),
        label: p.displayName,
        detail: p.headline,
      })),
    },
    {
      kind: 'organisations',
      options: suggestions.organisations.map((o) => ({ href: paths.organisation(o.slug), label: o.name })),
    },
    {
      kind: 'communities',
      options: suggestions.communities.map((c) => ({ href: paths.community(c.slug), label: c.name })),
    },
    {
      kind: 'threads',
      options: suggestions.threads.map((th) => ({
        href: paths.forumThread(th.community.slug, th.threadId),
        label: th.title,
        detail: th.community.name,
      })),
    },
  ];
  return groups.filter((group) => group.options.length > 0);
}
