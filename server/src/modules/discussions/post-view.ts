import { REACTIONS, type Post, type ReactionCount } from '@commonroom/contracts';

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
  reactions: { reaction: ReactionCount['reaction']; count: number; mine: boolean }[];
}

/**
 * One SELECT list for every post query: the post, its author, what it replies to, and its
 * reaction counts with whether the viewer (`$viewer`) gave each, in one round trip.
 */
export const postColumns = (viewerParam: string) => `
  p.id, p.thread_id, p.number, p.author_id, au.display_name AS author_name, p.html, p.created_at, p.edited_at, p.revision,
  p.hidden_at, p.deleted_at, p.reply_to_post_id, rp.number AS reply_to_number, rp.author_id AS reply_to_author_id,
  ru.display_name AS reply_to_author_name,
  COALESCE((SELECT json_agg(json_build_object('reaction', x.reaction, 'count', x.n, 'mine', x.mine))
              FROM (SELECT reaction, count(*)::int AS n, COALESCE(bool_or(user_id = ${viewerParam}), false) AS mine
                      FROM post_reactions WHERE post_id = p.id GROUP BY reaction) x), '[]'::json) AS reactions`;

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
  };
}
