import { randomUUID } from 'node:crypto';
import {
  createdThreadSchema,
  postSchema,
  type CommunityRole,
  type CommunityVisibility,
  type Post,
} from '@commonroom/contracts';
import type { DataSource } from 'typeorm';
import type { SignedInPerson } from '../support/people';
import { buildCommunity } from './community.factory';

/** A community with the forum switched on and one category, as real rows. */
export async function buildForum(
  dataSource: DataSource,
  options: {
    visibility?: CommunityVisibility;
    members?: Record<string, CommunityRole>;
    categories?: string[];
    publicReading?: boolean;
  } = {},
) {
  const community = await buildCommunity(dataSource, {
    visibility: options.visibility ?? 'open',
    publicReading: options.publicReading,
    tools: ['forum', 'members'],
    members: options.members,
  });
  const categories: { id: string; slug: string }[] = [];
  for (const [position, name] of (options.categories ?? ['General']).entries()) {
    const rows: { id: string; slug: string }[] = await dataSource.query(
      'INSERT INTO forum_categories (community_id, slug, name, position) VALUES ($1, $2, $3, $4) RETURNING id, slug',
      [community.id, name.toLowerCase().replace(/\W+/g, '-'), name, position],
    );
    categories.push(rows[0]!);
  }
  return { community, category: categories[0]!, categories };
}

/** Starts a thread through the API, as its author would. */
export async function startThread(
  author: SignedInPerson,
  communitySlug: string,
  categorySlug: string,
  body: { title?: string; raw?: string; tags?: string[] } = {},
): Promise<string> {
  const response = await author.client.send(
    'POST',
    `/api/communities/${communitySlug}/forum/categories/${categorySlug}/threads`,
    {
      title: body.title ?? `A question about mentoring ${randomUUID().slice(0, 6)}`,
      raw: body.raw ?? 'How do you plan the first week of a placement?',
      tags: body.tags ?? [],
    },
  );
  if (response.status !== 201)
    throw new Error(`Starting a thread answered ${response.status}: ${await response.text()}`);
  return createdThreadSchema.parse(await response.json()).id;
}

/** Replies through the API. */
export async function reply(
  author: SignedInPerson,
  threadId: string,
  raw = 'Here is what worked for us.',
  options: { key?: string; replyToPostId?: string } = {},
): Promise<Post> {
  const response = await author.client.send(
    'POST',
    `/api/threads/${threadId}/posts`,
    { raw, ...(options.replyToPostId ? { replyToPostId: options.replyToPostId } : {}) },
    options.key ? { headers: { 'idempotency-key': options.key } } : {},
  );
  if (response.status !== 201) throw new Error(`Replying answered ${response.status}: ${await response.text()}`);
  return postSchema.parse(await response.json());
}
