import { Injectable } from '@nestjs/common';
import type {
  Home,
  HomeNeeds,
  HomeThreadPage,
  HomeThreadsQuery,
  HomeWaiting,
  PublicHome,
  CommunityNeeds,
} from '@commonroom/contracts';
import type { Actor } from '../../infrastructure/auth/actor';
import { isPlatformAdmin } from '../../infrastructure/auth/policy';
import { HomeRepository, type HomeViewer, type ThreadFilter } from './home.repository';

const FIRST_PAGE = 10;
const PUBLIC_COMMUNITIES = 6;

const viewerOf = (actor: Actor) => ({ id: actor.userId, platformAdmin: isPlatformAdmin(actor) });

const needsOf = (communities: CommunityNeeds[]): HomeNeeds => ({
  total: communities.reduce((sum, c) => sum + c.joinRequests + c.openFlags, 0),
  communities,
});

/**
 * What is new for me across my communities (`docs/home.md`). Every read is one statement through
 * the one visibility rule, so the home costs the same with one community or fifty.
 */
@Injectable()
export class HomeService {
  constructor(private readonly repository: HomeRepository) {}

  async home(actor: Actor): Promise<Home> {
    const viewer = viewerOf(actor);
    const page = { communityId: null, after: null, limit: FIRST_PAGE };
    const [unread, latest, communities, needs, waiting] = await Promise.all([
      this.page(viewer, { ...page, unread: true }),
      this.page(viewer, { ...page, unread: false }),
      this.repository.myCommunities(viewer),
      this.repository.facilitatorNeeds(viewer),
      this.repository.waiting(actor.userId),
    ]);
    const waitingForMe: HomeWaiting = {
      contactRequests: waiting.contact_requests,
      invitations: waiting.invitations.map((i) => ({
        community: { id: i.id, slug: i.slug, name: i.name },
        expiresAt: new Date(i.expires_at).toISOString(),
      })),
      facilitating: needsOf(needs),
    };
    return { unread, latest, communities, waiting: waitingForMe };
  }

  /** A page of latest or unread threads; signed out, only a community's threads anyone may read. */
  threads(actor: Actor | undefined, query: HomeThreadsQuery): Promise<HomeThreadPage> {
    const viewer = actor ? viewerOf(actor) : { id: null, platformAdmin: false };
    const [at, id] = query.cursor ? query.cursor.split('_') : [];
    return this.page(viewer, {
      unread: query.filter === 'unread' && actor !== undefined,
      communityId: query.community ?? null,
      after: at && id ? { at, id } : null,
      limit: query.limit,
    });
  }

  async needs(actor: Actor): Promise<HomeNeeds> {
    return needsOf(await this.repository.facilitatorNeeds(viewerOf(actor)));
  }

  async publicHome(): Promise<PublicHome> {
    const rows = await this.repository.publicCommunities(PUBLIC_COMMUNITIES);
    return {
      communities: rows.map((row) => ({
        id: row.id,
        slug: row.slug,
        name: row.name,
        description: row.description,
        memberCount: row.member_count,
        lastActivityAt: row.last_activity_at?.toISOString() ?? null,
      })),
    };
  }

  /** Asks for one more than a page so the cursor is only given when there is more. */
  private async page(viewer: HomeViewer, filter: ThreadFilter): Promise<HomeThreadPage> {
    const rows = await this.repository.threads(viewer, { ...filter, limit: filter.limit + 1 });
    const items = rows.slice(0, filter.limit);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > filter.limit && last ? `${last.lastPostAt}_${last.id}` : null };
  }
}
