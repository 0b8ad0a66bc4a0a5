import { findTerm, ORGANISATION_KINDS, PHASES, REGIONS, type Term } from '@commonroom/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** The taxonomies the client shows, keyed by their translation namespace `taxonomy.<name>`. */
export const TRANSLATED_TAXONOMIES = {
  organisationKind: ORGANISATION_KINDS,
  region: REGIONS,
  phase: PHASES,
} as const;

export type TaxonomyName = keyof typeof TRANSLATED_TAXONOMIES;
export type TermId<N extends TaxonomyName> = (typeof TRANSLATED_TAXONOMIES)[N][number]['id'];

/** Every taxonomy key; the cast in `useTermLabel` is checked against en.json through this type. */
type TaxonomyKey = { [N in TaxonomyName]: `taxonomy.${N}.${TermId<N>}` }[TaxonomyName];

export function taxonomyKey<N extends TaxonomyName>(taxonomy: N, id: TermId<N>): TaxonomyKey {
  return `taxonomy.${taxonomy}.${id}` as TaxonomyKey;
}

/**
 * Translated label of a taxonomy term, falling back to the contract's English label so a term
 * added to the contracts before its translation still reads sensibly.
 */
export function useTermLabel() {
  const { t } = useTranslation();
  return useCallback(
    <N extends TaxonomyName>(taxonomy: N, id: TermId<N>): string => {
      const terms: readonly Term[] = TRANSLATED_TAXONOMIES[taxonomy];
      const fallback = findTerm(terms, id)?.label ?? id;
      return t(taxonomyKey(taxonomy, id), { defaultValue: fallback });
    },
    [t],
  );
}

export interface TermOption {
  value: string;
  label: string;
}

/** A taxonomy as `{ value, label }` options for a select, in the contract's order. */
export function useTermOptions<N extends TaxonomyName>(taxonomy: N): TermOption[] {
  const termLabel = useTermLabel();
  return TRANSLATED_TAXONOMIES[taxonomy].map((term) => ({
    value: term.id,
    label: termLabel(taxonomy, term.id as TermId<N>),
  }));
}
