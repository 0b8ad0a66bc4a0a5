import { AVAILABILITY, EXPERTISE, findTerm, MENTOR_STAGES, ROLES, SUBJECTS, type Term } from '@commonroom/contracts';
import { useCallback } from 'react';
import { useTermLabel, type TermId } from '../../../shared/i18n/taxonomy';

/** Profile taxonomies without translations yet: shown with the contract's English label. */
const PROFILE_TAXONOMIES = {
  subject: SUBJECTS,
  role: ROLES,
  expertise: EXPERTISE,
  availability: AVAILABILITY,
  mentorStage: MENTOR_STAGES,
} as const;
export type ProfileTaxonomy = keyof typeof PROFILE_TAXONOMIES | 'phase';

/** The label of a profile term; an unknown id (newer server) shows as itself rather than failing. */
export function useProfileTermLabel() {
  const termLabel = useTermLabel();
  return useCallback(
    (taxonomy: ProfileTaxonomy, id: string): string => {
      if (taxonomy === 'phase') return termLabel('phase', id as TermId<'phase'>);
      const terms: readonly Term[] = PROFILE_TAXONOMIES[taxonomy];
      return findTerm(terms, id)?.label ?? id;
    },
    [termLabel],
  );
}

/** A profile taxonomy as `{ value, label }` options, in the contract's order. */
export function profileTermOptions(taxonomy: keyof typeof PROFILE_TAXONOMIES) {
  return PROFILE_TAXONOMIES[taxonomy].map((term) => ({ value: term.id as string, label: term.label as string }));
}
