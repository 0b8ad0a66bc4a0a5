import { REACTIONS, REACTOR_NAMES_SHOWN, type Post, type ReactionCount } from '@commonroom/contracts';

/** The columns every post query selects (see `POST_COLUMNS`), as pg returns them. */
export interface PostRow {
  id: string;
  thread_id: string;
  number: number;
  author_id: string;
  author_name: string;
  html: string;
  created_at: Date;
  edited_at: Date | null;
  revision: number;
  hidden_at: Date | null;
  deleted_at: Date | null;
  reply_to_post_id: string | null;
  reply_to_number: number | null;
  reply_to_author_id: string | null;
  reply_to_author_name: string | null;
  hidden_reason: string | null;
  viewer_is_author: boolean;
  flagged_by_viewer: boolean;
  reactions: ReactionCount[];
}

/**
 * One SELECT list for every post query: the post, its author, what it replies to, and its
 * reactions (count, whether the viewer (`$viewer`) gave each, who gave them), in one round trip.
 * Callers have already checked that the viewer may read the post, so the reactors' names go only to its readers.
 */
export const postColumns = (viewerParam: string) => `
  p.id, p.thread_id, p.number, p.author_id, au.display_name AS author_name, p.html, p.created_at, p.edited_at, p.revision,
  p.hidden_at, p.deleted_at, p.reply_to_post_id, rp.number AS reply_to_number, rp.author_id AS reply_to_author_id,
  ru.display_name AS reply_to_author_name, p.hidden_reason,
  COALESCE(p.author_id = ${viewerParam}, false) AS viewer_is_author,
  EXISTS (SELECT 1 FROM post_flags fv WHERE fv.post_id = p.id AND fv.flagger_id = ${viewerParam} AND fv.status = 'open')
    AS flagged_by_viewer,
  ${reactionsOf('p.id', viewerParam)} AS reactions`;

/** A post's reactions as `ReactionCount[]` JSON: each with its count, "mine", and the first names who gave it. */
export const reactionsOf = (postIdSql: string, viewerParam: string) => `
  COALESCE((SELECT json_agg(json_build_object('reaction', x.reaction, 'count', x.n, 'mine', x.mine, 'people', x.people))
              FROM (SELECT r.reaction, count(*)::int AS n, COALESCE(bool_or(r.user_id = ${viewerParam}), false) AS mine,
                           to_json((array_agg(json_build_object('id', r.user_id, 'displayName', ru.display_name)
                                              ORDER BY r.created_at, ru.display_name))[1:${REACTOR_NAMES_SHOWN}]) AS people
                      FROM post_reactions r JOIN people ru ON ru.id = r.user_id
                     WHERE r.post_id = ${postIdSql} GROUP BY r.reaction) x), '[]'::json)`;

export const POST_JOINS = `
  JOIN people au ON au.id = p.author_id
  LEFT JOIN discussion_posts rp ON rp.id = p.reply_to_post_id
  LEFT JOIN people ru ON ru.id = rp.author_id`;

const REACTION_ORDER = new Map<string, number>(REACTIONS.map((r, i) => [r.id, i]));

export function sortReactions(reactions: ReactionCount[]): ReactionCount[] {
  return [...reactions].sort((a, b) => (REACTION_ORDER.get(a.reaction) ?? 0) - (REACTION_ORDER.get(b.reaction) ?? 0));
}

export function postState(row: Pick<PostRow, 'hidden_at' | 'deleted_at'>): Post['state'] {
  if (row.deleted_at) return 'deleted';
  return row.hidden_at ? 'hidden' : 'visible';
}

/** A post for the API and live events; removed text is kept only when the viewer may see it. */
export function toPost(row: PostRow, seeRemovedText: boolean): Post {
  const state = postState(row);
  return {
    id: row.id,
    threadId: row.thread_id,
    number: row.number,
    author: { id: row.author_id, displayName: row.author_name },
    html: state === 'visible' || seeRemovedText ? row.html : null,
    state,
    replyTo:
      row.reply_to_post_id && row.reply_to_number !== null && row.reply_to_author_id && row.reply_to_author_name
        ? {
            postId: row.reply_to_post_id,
            number: row.reply_to_number,
            author: { id: row.reply_to_author_id, displayName: row.reply_to_author_name },
          }
        : null,
    createdAt: row.created_at.toISOString(),
    editedAt: row.edited_at?.toISOString() ?? null,
    revision: row.revision,
    reactions: sortReactions(row.reactions),
    hiddenReason: state === 'hidden' && (seeRemovedText || row.viewer_is_author) ? row.hidden_reason : null,
    flaggedByMe: row.flagged_by_viewer,
  };
}
