import { Injectable } from '@nestjs/common';
import { LinkPreviews, type LinkPreview } from '../../infrastructure/web/link-previews';
import { CommunityAccessService, communityPolicy } from '../communities';
import { ThreadAccessService } from '../discussions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COMMUNITY_PAGE = /^\/communities\/([^/]+)(?:\/forum(?:\/c\/[^/]+)?)?\/?$/;
const THREAD_PAGE = /^\/communities\/[^/]+\/forum\/t\/([^/]+)\/?$/;

/**
 * Link previews of communities and forum threads that anyone may read (ADR 0015). Access is
 * always judged as a signed-out visitor (no actor), whoever asks: a members-only community or
 * thread gets no preview, so its title cannot leak through a pasted link.
 */
@Injectable()
export class ForumLinkPreviews extends LinkPreviews {
  constructor(
    private readonly communities: CommunityAccessService,
    private readonly threads: ThreadAccessService,
  ) {
    super();
  }

  async preview(path: string): Promise<LinkPreview | null> {
    const thread = THREAD_PAGE.exec(path)?.[1];
    if (thread) return UUID.test(thread) ? this.thread(thread.toLowerCase()) : null;
    const slug = COMMUNITY_PAGE.exec(path)?.[1];
    return slug ? this.community(decoded(slug)) : null;
  }

  private async community(slug: string | null): Promise<LinkPreview | null> {
    if (!slug) return null;
    const context = await this.communities.see(slug, undefined).catch(() => null);
    if (!context || !communityPolicy.read(context.subject)) return null;
    const { community } = context;
    return {
      titleParts: [community.name],
      description: community.description ?? `A community on Commonroom that anyone can read.`,
      canonicalPath: `/communities/${encodeURIComponent(community.slug)}`,
      type: 'website',
    };
  }

  private async thread(threadId: string): Promise<LinkPreview | null> {
    const context = await this.threads.read(threadId, undefined).catch(() => null);
    // A thread in no community (a conversation) is never public.
    if (!context?.community) return null;
    const { community } = context.community;
    return {
      titleParts: [context.thread.title, community.name],
      description: `A discussion started by ${context.thread.author_name} in ${community.name}.`,
      canonicalPath: `/communities/${encodeURIComponent(community.slug)}/forum/t/${threadId}`,
      type: 'article',
    };
  }
}

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
