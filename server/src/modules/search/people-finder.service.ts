import { Inject, Injectable } from '@nestjs/common';
import {
  AVAILABILITY,
  EXPERTISE,
  ORGANISATION_KINDS,
  PEOPLE_FACETS,
  PHASES,
  REGIONS,
  ROLES,
  SUBJECTS,
  findLocalAuthority,
  type FacetValue,
  type PeopleFacet,
  type PeopleFilters,
  type PeopleSearchQuery,
  type PeopleSearchResult,
  type PersonCard,
  type Term,
} from '@commonroom/contracts';
import type { Actor } from '../../infrastructure/auth/actor';
import { ProfileCards } from '../profiles';
import { isSafeHighlight } from './highlight';
import { SearchAccess } from './search-access';
import { SEARCH_ENGINE, type PeopleSearchHits, type PeopleSearchRequest, type SearchEngine } from './search-engine';
import { SearchResultsRepository } from './search-results.repository';

/** At most this many values per facet are returned (most common first); selected values always are. */
const FACET_VALUES_SHOWN = 30;

const TAXONOMY_LABELS: Partial<Record<PeopleFacet, readonly Term[]>> = {
  organisationKind: ORGANISATION_KINDS,
  region: REGIONS,
  phase: PHASES,
  subject: SUBJECTS,
  role: ROLES,
  expertise: EXPERTISE,
  availability: AVAILABILITY,
};

export function peopleFilters(query: Partial<Record<PeopleFacet, string[] | undefined>>): PeopleFilters {
  return Object.fromEntries(PEOPLE_FACETS.filter((f) => query[f]?.length).map((f) => [f, query[f]!]));
}

/**
 * The people finder: the engine ranks and counts member-visible search documents; every card is
 * then built from PostgreSQL by `ProfileCards`, projected for this searcher, so what a card shows
 * never depends on the engine.
 */
@Injectable()
export class PeopleFinderService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly profileCards: ProfileCards,
    private readonly results: SearchResultsRepository,
    private readonly access: SearchAccess,
  ) {}

  async search(query: PeopleSearchQuery, actor: Actor): Promise<PeopleSearchResult> {
    const filters = peopleFilters(query);
    // People's documents are member-visible; the scope decides which words may be offered as corrections.
    const scope = await this.access.scope(actor);
    const offset = (query.page - 1) * query.pageSize;
    const found = await this.engine.people({ text: query.q ?? '', ...scope, filters, offset, limit: query.pageSize });
    return {
      items: await this.cards(actor, found.hits),
      page: query.page,
      pageSize: query.pageSize,
      total: found.total,
      facets: await this.facetValues(found.facets, filters),
      correctedQuery: found.correctedText,
    };
  }

  /** The people of a global search: the same engine call, fewer results. */
  async top(request: PeopleSearchRequest, actor: Actor): Promise<{ cards: PersonCard[]; hits: PeopleSearchHits }> {
    const hits = await this.engine.people(request);
    return { cards: await this.cards(actor, hits.hits), hits };
  }

  /** Cards for the engine's hits, in its order, for listed people only, with a highlight only if it is safe. */
  private async cards(actor: Actor, hits: PeopleSearchHits['hits']): Promise<PersonCard[]> {
    const listed = await this.results.listedPeople(hits.map((h) => h.userId));
    const highlights = new Map(
      hits.map((h) => [h.userId, h.highlight !== null && isSafeHighlight(h.highlight) ? h.highlight : null]),
    );
    const cards = await this.profileCards.cards(
      actor,
      hits.map((h) => h.userId).filter((id) => listed.has(id)),
    );
    return cards.map((card) => ({ ...card, highlight: highlights.get(card.userId) ?? null }));
  }

  private async facetValues(
    counts: PeopleSearchHits['facets'],
    filters: PeopleFilters,
  ): Promise<PeopleSearchResult['facets']> {
    const organisationIds = [...Object.keys(counts.organisation ?? {}), ...(filters.organisation ?? [])];
    // Only codes missing from the published list are looked up in the register (usually none).
    const laCodes = [...Object.keys(counts.localAuthority ?? {}), ...(filters.localAuthority ?? [])].filter(
      (code) => !findLocalAuthority(code),
    );
    const [organisationNames, laNames] = await Promise.all([
      this.results.organisationNames(organisationIds),
      this.results.localAuthorityNames(laCodes),
    ]);
    const label = (facet: PeopleFacet, value: string): string | undefined => {
      if (facet === 'organisation') return organisationNames.get(value);
      if (facet === 'localAuthority') return findLocalAuthority(value)?.name ?? laNames.get(value);
      return TAXONOMY_LABELS[facet]?.find((t) => t.id === value)?.label;
    };
    const facets = {} as PeopleSearchResult['facets'];
    for (const facet of PEOPLE_FACETS) {
      const values = new Map(Object.entries(counts[facet] ?? {}));
      for (const selected of filters[facet] ?? []) if (!values.has(selected)) values.set(selected, 0);
      const selected = new Set(filters[facet] ?? []);
      const labelled: FacetValue[] = [];
      for (const [value, count] of values) {
        const text = label(facet, value);
        // A value without a label is stale (a closed organisation, an old term): it is not offered.
        if (text !== undefined) labelled.push({ value, label: text, count });
      }
      labelled.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
      facets[facet] = labelled.filter((v, i) => i < FACET_VALUES_SHOWN || selected.has(v.value));
    }
    return facets;
  }
}
