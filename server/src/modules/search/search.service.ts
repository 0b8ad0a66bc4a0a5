import { Inject, Injectable } from '@nestjs/common';
import {
  SEARCH_DATE_RANGES,
  SEARCH_PAGE_SIZE,
  SEARCH_TYPES,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  type Suggestions,
} from '@commonroom/contracts';
import type { Actor } from '../../infrastructure/auth/actor';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { ProfileCards } from '../profiles';
import { isSafeHighlight } from './highlight';
import { PeopleFinderService } from './people-finder.service';
import { SearchAccess } from './search-access';
import {
  SEARCH_ENGINE,
  type ContentHit,
  type ContentSearchHits,
  type SearchEngine,
  type SearchScope,
} from './search-engine';
import { SearchResultsRepository } from './search-results.repository';

/** People shown above the content on the first page of an unfiltered search. */
const PEOPLE_ON_FIRST_PAGE = 3;
const SUGGESTIONS_PER_KIND = 5;

/**
 * Where a page starts in each of the two lists it is made of. Without a type, the list is the best
 * few people and then the content, paged as one list; how many people lead it is known only once
 * they are counted, so content is fetched from the earliest place it could start and cut once both
 * answers are in (one round trip).
 */
function pagePlan(query: SearchQuery, withPeople: boolean) {
  const pageStart = (query.page - 1) * SEARCH_PAGE_SIZE;
  const blended = query.type === undefined && withPeople;
  return {
    pageStart,
    blended,
    peopleOffset: query.type === 'person' ? pageStart : 0,
    peopleLimit: query.type === 'person' ? SEARCH_PAGE_SIZE : Math.max(PEOPLE_ON_FIRST_PAGE - pageStart, 0),
    contentFrom: blended ? Math.max(pageStart - PEOPLE_ON_FIRST_PAGE, 0) : pageStart,
    contentLimit: SEARCH_PAGE_SIZE + (blended ? PEOPLE_ON_FIRST_PAGE : 0),
  };
}

const safe = (highlight: string | null) => (highlight !== null && isSafeHighlight(highlight) ? highlight : null);

/**
 * Global search and suggestions. The engine is told what the searcher may read and returns ids;
 * every hit is then re-read from PostgreSQL with the access rules applied again
 * (`SearchResultsRepository`) and dropped if it fails, so access never depends on the engine.
 */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly access: SearchAccess,
    private readonly results: SearchResultsRepository,
    private readonly people: PeopleFinderService,
    private readonly profileCards: ProfileCards,
  ) {}

  async search(query: SearchQuery, actor: Actor): Promise<SearchResult> {
    const scope = await this.access.scope(actor);
    const communityId = query.community ? await this.visibleCommunity(query.community, scope) : undefined;
    // People are in no community and have no date: narrowing to either leaves content only.
    const withPeople = (query.type === undefined || query.type === 'person') && !communityId && !query.date;
    const withContent = query.type !== 'person';
    const correct = !query.exact;
    const plan = pagePlan(query, withPeople);
    const [people, content] = await Promise.all([
      withPeople
        ? this.people.top(
            {
              text: query.q,
              ...scope,
              filters: {},
              offset: plan.peopleOffset,
              limit: Math.max(plan.peopleLimit, 1),
              withFacets: false,
              correct,
            },
            actor,
          )
        : undefined,
      withContent
        ? this.engine.content({
            text: query.q,
            types: query.type ? [query.type] : undefined,
            ...scope,
            communityId,
            date: query.date,
            offset: plan.contentFrom,
            limit: plan.contentLimit,
            correct,
          })
        : undefined,
    ]);
    const peopleTotal = people?.hits.total ?? 0;
    // On "All" only the best few people lead the list; the rest are under the People type.
    const peopleListed = plan.blended ? Math.min(peopleTotal, PEOPLE_ON_FIRST_PAGE) : 0;
    const personHits: SearchHit[] = (people?.cards ?? [])
      .slice(0, plan.peopleLimit)
      .map((person) => ({ type: 'person', person }));
    const contentStart = Math.max(plan.pageStart - peopleListed, 0) - plan.contentFrom;
    const pageContent = content?.hits.slice(contentStart, contentStart + SEARCH_PAGE_SIZE - personHits.length) ?? [];
    const contentHits = await this.contentHits(pageContent, scope);
    return {
      items: [...personHits, ...contentHits],
      page: query.page,
      pageSize: SEARCH_PAGE_SIZE,
      // What paging reaches: on "All" only the people listed above the content count; the rest are under People.
      total: (query.type === 'person' ? peopleTotal : peopleListed) + (content?.total ?? 0),
      totalIsLowerBound: content?.totalIsLowerBound ?? false,
      facets: await this.facets(content, withPeople ? peopleTotal : 0, scope),
      correctedQuery: content?.correctedText ?? people?.hits.correctedText ?? null,
    };
  }

  async suggest(text: string, actor: Actor): Promise<Suggestions> {
    const scope = await this.access.scope(actor);
    const found = await this.engine.suggest({ text, ...scope, limitPerKind: SUGGESTIONS_PER_KIND });
    const listed = await this.results.listedPeople(found.people);
    const [cards, organisations, communities, threads] = await Promise.all([
      this.profileCards.cards(
        actor,
        found.people.filter((id) => listed.has(id)),
      ),
      this.results.organisations(found.organisations),
      this.results.communities(found.communities, scope),
      this.results.threads(found.threads, scope),
    ]);
    const inOrder = <T>(ids: string[], rows: Map<string, T>) =>
      ids.flatMap((id) => (rows.has(id) ? [rows.get(id)!] : []));
    return {
      people: cards.map((c) => ({ userId: c.userId, displayName: c.displayName, headline: c.headline ?? null })),
      organisations: inOrder(found.organisations, organisations).map(({ slug, name, kind }) => ({ slug, name, kind })),
      communities: inOrder(found.communities, communities).map(({ slug, name }) => ({ slug, name })),
      threads: inOrder(found.threads, threads).map(({ threadId, title, community }) => ({
        threadId,
        title,
        community,
      })),
    };
  }

  /** The id of a community the searcher may see; otherwise 404, as every community route answers. */
  private async visibleCommunity(slug: string, scope: SearchScope): Promise<string> {
    const id = await this.results.communityIdBySlug(slug);
    if (!id || !scope.visibleCommunityIds.includes(id)) throw DomainError.notFound('That community');
    return id;
  }

  private async contentHits(hits: ContentHit[], scope: SearchScope): Promise<SearchHit[]> {
    const idsOf = (type: ContentHit['type']) => hits.filter((h) => h.type === type).map((h) => h.id);
    const [posts, organisations, communities] = await Promise.all([
      this.results.posts(idsOf('forum_post'), scope),
      this.results.organisations(idsOf('organisation')),
      this.results.communities(idsOf('community'), scope),
    ]);
    return hits.flatMap((hit): SearchHit[] => {
      const highlight = safe(hit.highlight);
      if (hit.type === 'forum_post')
        return posts.has(hit.id) ? [{ type: 'forum_post', post: posts.get(hit.id)!, highlight }] : [];
      if (hit.type === 'organisation')
        return organisations.has(hit.id)
          ? [{ type: 'organisation', organisation: organisations.get(hit.id)!, highlight }]
          : [];
      return communities.has(hit.id) ? [{ type: 'community', community: communities.get(hit.id)!, highlight }] : [];
    });
  }

  private async facets(
    content: ContentSearchHits | undefined,
    peopleTotal: number,
    scope: SearchScope,
  ): Promise<SearchResult['facets']> {
    const counts: Record<string, number> = { ...content?.facets.type, person: peopleTotal };
    // Only communities the searcher may read are ever named or counted, whatever the engine said.
    const readable = new Set(scope.readableCommunityIds.forum);
    const communityCounts = Object.entries(content?.facets.community ?? {}).filter(
      ([id, n]) => readable.has(id) && n > 0,
    );
    const names = await this.results.communityNames(communityCounts.map(([id]) => id));
    return {
      type: SEARCH_TYPES.map((t) => ({ value: t.id, label: t.label, count: counts[t.id] ?? 0 })).filter(
        (v) => v.count > 0,
      ),
      community: communityCounts
        .flatMap(([id, count]) =>
          names.has(id) ? [{ value: names.get(id)!.slug, label: names.get(id)!.name, count }] : [],
        )
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
      date: SEARCH_DATE_RANGES.map((d) => ({
        value: d.id,
        label: d.label,
        count: content?.facets.date[d.id] ?? 0,
      })).filter((v) => v.count > 0),
    };
  }
}
