import type { ThreadDetail } from '@commonroom/contracts';
import type { Actor } from '../../infrastructure/auth/actor';
import { abilitiesOf } from '../../infrastructure/auth/policy';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { threadPolicy, type ThreadAccessService, type ThreadContext } from '../discussions';
import { toSummary, type ForumPlacement, type ForumThreadsRepository } from './forum-threads.repository';

/** Reads a forum thread as the viewer may see it (404 otherwise) and builds its page header. */
export async function loadThreadDetail(
  access: ThreadAccessService,
  threads: ForumThreadsRepository,
  threadId: string,
  actor: Actor | undefined,
): Promise<ThreadDetail> {
  const context = await access.read(threadId, actor);
  const placement = await threads.placement(threadId, actor?.userId ?? null);
  if (!placement) throw DomainError.notFound('That discussion');
  return toThreadDetail(context, placement);
}

/** A forum thread's page header: the engine's thread as the viewer sees it, with its category. */
export function toThreadDetail(context: ThreadContext, placement: ForumPlacement): ThreadDetail {
  const { thread, community, subject } = context;
  // Only threads in a community have a forum placement; this guards the type, not access.
  if (!community) throw DomainError.notFound('That discussion');
  return {
    ...toSummary({
      ...thread,
      pinned: thread.pinned_at !== null,
      locked: thread.locked_at !== null,
      answered: thread.accepted_post_id !== null,
      deleted: thread.deleted_at !== null,
    }),
    community: { id: community.community.id, slug: community.community.slug, name: community.community.name },
    category: { id: placement.category_id, slug: placement.category_slug, name: placement.category_name },
    acceptedPostId: thread.accepted_post_id,
    streamSeq: Number(thread.stream_seq ?? 0),
    viewer: {
      lastReadNumber: thread.last_read_number ?? 0,
      watchLevel: thread.watch_level ?? placement.category_watch ?? 'normal',
      abilities: abilitiesOf(threadPolicy, subject) as ThreadDetail['viewer']['abilities'],
    },
  };
}
