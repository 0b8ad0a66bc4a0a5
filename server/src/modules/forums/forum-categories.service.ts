import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  streams,
  type CreateCategoryRequest,
  type ForumCategory,
  type ForumIndex,
  type MentionSuggestions,
  type UpdateCategoryRequest,
  type WatchLevel,
} from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { abilitiesOf, requireAbility } from '../../infrastructure/auth/policy';
import { escapeLike } from '../../infrastructure/database/escape-like';
import { freeSlug } from '../../infrastructure/database/free-slug';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { CommunityAccessService, type CommunityContext } from '../communities/community-access.service';
import { ModerationService } from '../discussions/moderation.service';
import { forumPolicy } from './forum.policy';

interface CategoryRow {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  position: number;
  thread_count: number;
  post_count: number;
  last_activity_at: Date | null;
  unread_threads: number;
  watch_level: WatchLevel | null;
}

/**
 * One SELECT for categories with the viewer's unread count and watch level. "Unread" counts
 * threads the viewer has opened that have newer posts, unless muted. The count is one grouped
 * join driven by the viewer's own reading rows in this community (a handful to a few hundred),
 * never by a category's threads (thousands in a big forum), so it stays cheap however big the
 * forum grows. `$2` is the viewer; `communityId` is SQL for the community's id.
 */
const CATEGORY_COLUMNS = `
  c.id, c.slug, c.name, c.description, c.position, c.thread_count, c.post_count, c.last_activity_at, w.level AS watch_level,
  COALESCE(u.unread_threads, 0) AS unread_threads`;
const categoryJoins = (communityId: string) => `
  LEFT JOIN forum_category_watches w ON w.category_id = c.id AND w.user_id = $2
  LEFT JOIN (SELECT f.category_id, count(*)::int AS unread_threads
               FROM thread_readers r
               JOIN discussion_threads t ON t.id = r.thread_id AND t.community_id = ${communityId}
               JOIN forum_threads f ON f.thread_id = r.thread_id AND NOT f.deleted
              WHERE r.user_id = $2 AND r.last_read_number < t.post_count AND r.level IS DISTINCT FROM 'muted'
              GROUP BY f.category_id) u ON u.category_id = c.id`;

export const toCategory = (row: CategoryRow): ForumCategory => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  description: row.description,
  position: row.position,
  threadCount: row.thread_count,
  postCount: row.post_count,
  lastActivityAt: row.last_activity_at?.toISOString() ?? null,
  unreadThreads: row.unread_threads,
  watchLevel: row.watch_level ?? 'normal',
});

/** A community forum's categories: the index page, and what facilitators change. */
@Injectable()
export class ForumCategoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly communities: CommunityAccessService,
    private readonly moderation: ModerationService,
    private readonly audit: AuditService,
  ) {}

  async index(slug: string, actor: Actor | undefined): Promise<ForumIndex> {
    const context = await this.communities.requireTool(slug, actor, 'forum');
    const abilities = abilitiesOf(forumPolicy, context.subject);
    const [rows, head, openFlags] = await Promise.all([
      this.categoryRows(context.community.id, actor, null),
      this.dataSource.query('SELECT seq FROM stream_heads WHERE stream = $1', [streams.community(context.community.id)]) as Promise<{ seq: string }[]>,
      abilities.moderate ? this.moderation.openFlagCount(context.community.id) : Promise.resolve(0),
    ]);
    return {
      community: { id: context.community.id, slug: context.community.slug, name: context.community.name },
      categories: rows.map(toCategory),
      abilities,
      openFlags,
      streamSeq: Number(head[0]?.seq ?? 0),
    };
  }

  categoryRows(communityId: string, actor: Actor | undefined, categorySlug: string | null): Promise<CategoryRow[]> {
    return this.dataSource.query(
      `SELECT ${CATEGORY_COLUMNS} FROM forum_categories c ${categoryJoins('$1')}
        WHERE c.community_id = $1 AND ($3::text IS NULL OR c.slug = $3) ORDER BY c.position, c.name`,
      [communityId, actor?.userId ?? null, categorySlug],
    );
  }

  async create(slug: string, actor: Actor, body: CreateCategoryRequest, client: ClientInfo): Promise<ForumCategory> {
    const context = await this.requireManage(slug, actor);
    const id = await this.dataSource.transaction(async (manager) => {
      const categorySlug = await freeSlug(manager, 'forum_categories', body.name, { column: 'community_id', value: context.community.id });
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO forum_categories (community_id, slug, name, description, position)
         SELECT $1, $2, $3, $4, COALESCE(max(position) + 1, 0) FROM forum_categories WHERE community_id = $1 RETURNING id`,
        [context.community.id, categorySlug, body.name, body.description || null],
      );
      await this.audit.record({ action: 'forum.category_created', actorUserId: actor.userId, client, metadata: { communityId: context.community.id, categoryId: rows[0]!.id } }, manager);
      return rows[0]!.id;
    });
    return this.one(id, actor);
  }

  async update(categoryId: string, actor: Actor, body: UpdateCategoryRequest): Promise<ForumCategory> {
    await this.requireManageById(categoryId, actor);
    await this.dataSource.query(
      `UPDATE forum_categories SET name = COALESCE($2, name), description = CASE WHEN $4 THEN $3 ELSE description END WHERE id = $1`,
      [categoryId, body.name ?? null, body.description || null, body.description !== undefined],
    );
    return this.one(categoryId, actor);
  }

  /** Only an empty category can go: threads are never deleted by accident with their category. */
  async remove(categoryId: string, actor: Actor, client: ClientInfo): Promise<void> {
    const context = await this.requireManageById(categoryId, actor);
    await this.dataSource.transaction(async (manager) => {
      const inUse: unknown[] = await manager.query('SELECT 1 FROM forum_threads WHERE category_id = $1 LIMIT 1', [categoryId]);
      if (inUse.length > 0) throw new DomainError(ErrorCode.Conflict, 'Move or delete the discussions in this category first.');
      await manager.query('DELETE FROM forum_categories WHERE id = $1', [categoryId]);
      await this.audit.record({ action: 'forum.category_deleted', actorUserId: actor.userId, client, metadata: { communityId: context.community.id, categoryId } }, manager);
    });
  }

  async reorder(slug: string, actor: Actor, categoryIds: string[]): Promise<void> {
    const context = await this.requireManage(slug, actor);
    const existing: { id: string }[] = await this.dataSource.query('SELECT id FROM forum_categories WHERE community_id = $1', [context.community.id]);
    const known = new Set(existing.map((r) => r.id));
    if (categoryIds.length !== known.size || new Set(categoryIds).size !== known.size || !categoryIds.every((id) => known.has(id))) {
      throw DomainError.validation([{ path: 'body.categoryIds', message: 'List every category of this forum exactly once.' }]);
    }
    await this.dataSource.query(
      'UPDATE forum_categories c SET position = o.position - 1 FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position) WHERE c.id = o.id',
      [categoryIds],
    );
  }

  async watch(categoryId: string, actor: Actor, level: WatchLevel): Promise<void> {
    await this.readById(categoryId, actor);
    await this.dataSource.query(
      `INSERT INTO forum_category_watches (user_id, category_id, level) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, category_id) DO UPDATE SET level = EXCLUDED.level`,
      [actor.userId, categoryId, level],
    );
  }

  /** Members whose name starts with (or contains) what was typed after "@". */
  async mentionSuggestions(slug: string, actor: Actor, q: string): Promise<MentionSuggestions> {
    const context = await this.communities.requireTool(slug, actor, 'forum');
    const rows: { id: string; display_name: string }[] = await this.dataSource.query(
      `SELECT u.id, u.display_name FROM users u
        WHERE EXISTS (SELECT 1 FROM community_memberships cm WHERE cm.community_id = $1 AND cm.user_id = u.id)
          AND u.display_name ILIKE $2
        ORDER BY (u.display_name ILIKE $3) DESC, u.display_name LIMIT 8`,
      [context.community.id, `%${escapeLike(q)}%`, `${escapeLike(q)}%`],
    );
    return { items: rows.map((r) => ({ id: r.id, displayName: r.display_name })) };
  }

  /** The community of a category, as the viewer may see it (404 otherwise). */
  async readById(categoryId: string, actor: Actor | undefined): Promise<CommunityContext> {
    const rows: { slug: string }[] = await this.dataSource.query(
      'SELECT c.slug FROM forum_categories fc JOIN communities c ON c.id = fc.community_id WHERE fc.id = $1',
      [categoryId],
    );
    if (!rows[0]) throw DomainError.notFound('That category');
    return this.communities.requireTool(rows[0].slug, actor, 'forum');
  }

  private async requireManage(slug: string, actor: Actor): Promise<CommunityContext> {
    const context = await this.communities.requireTool(slug, actor, 'forum');
    requireAbility(forumPolicy, 'manageCategories', context.subject, 'Only facilitators can change the forum’s categories.');
    return context;
  }

  private async requireManageById(categoryId: string, actor: Actor): Promise<CommunityContext> {
    const context = await this.readById(categoryId, actor);
    requireAbility(forumPolicy, 'manageCategories', context.subject, 'Only facilitators can change the forum’s categories.');
    return context;
  }

  private async one(categoryId: string, actor: Actor): Promise<ForumCategory> {
    const rows: CategoryRow[] = await this.dataSource.query(
      `SELECT ${CATEGORY_COLUMNS} FROM forum_categories c ${categoryJoins('(SELECT community_id FROM forum_categories WHERE id = $1)')} WHERE c.id = $1`,
      [categoryId, actor.userId],
    );
    return toCategory(rows[0]!);
  }
}
