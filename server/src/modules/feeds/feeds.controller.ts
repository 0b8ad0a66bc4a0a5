import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import {
  categoryFeedParamsSchema,
  feedQuerySchema,
  forumFeedParamsSchema,
  parseFeedFile,
  tagFeedParamsSchema,
  type FeedFormat,
  type FeedQuery,
} from '@commonroom/contracts';
import type { FastifyReply } from 'fastify';
import { Public } from '../../infrastructure/auth/access.decorators';
import { Contract } from '../../infrastructure/http/contract.decorator';
import type { FeedScope } from './feeds.repository';
import { FeedsService } from './feeds.service';

const tags = ['feeds'];
const feedResponse = {
  description:
    'RSS 2.0 (`application/rss+xml`) or Atom (`application/atom+xml`); `ETag` and `Last-Modified`, 304 on revalidation',
};

/**
 * Feeds answer without a session: a feed reader has none. Without `token` the feed is read as a
 * signed-out visitor (public reading, ADR 0015); with it, as the token's owner.
 */
@Controller('api/feeds/communities/:slug')
@Public()
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get('forum.:format')
  @Contract({
    summary: "A community forum's newest posts as a feed",
    tags,
    params: forumFeedParamsSchema,
    query: feedQuerySchema,
    fileResponse: feedResponse,
  })
  async forum(
    @Param() params: { slug: string; format: FeedFormat },
    @Query() query: FeedQuery,
    @Headers() headers: Record<string, string | undefined>,
    @Res() reply: FastifyReply,
  ) {
    await this.answer(reply, params.slug, { kind: 'forum' }, params.format, query, headers);
  }

  @Get('categories/:file')
  @Contract({
    summary: "A forum category's newest posts as a feed (`<category>.rss` or `<category>.atom`)",
    tags,
    params: categoryFeedParamsSchema,
    query: feedQuerySchema,
    fileResponse: feedResponse,
  })
  async category(
    @Param() params: { slug: string; file: string },
    @Query() query: FeedQuery,
    @Headers() headers: Record<string, string | undefined>,
    @Res() reply: FastifyReply,
  ) {
    const { name, format } = parseFeedFile(params.file);
    await this.answer(reply, params.slug, { kind: 'category', categorySlug: name }, format, query, headers);
  }

  @Get('tags/:file')
  @Contract({
    summary: 'The newest posts in threads with one tag, across a forum, as a feed (`<tag>.rss` or `<tag>.atom`)',
    tags,
    params: tagFeedParamsSchema,
    query: feedQuerySchema,
    fileResponse: feedResponse,
  })
  async tag(
    @Param() params: { slug: string; file: string },
    @Query() query: FeedQuery,
    @Headers() headers: Record<string, string | undefined>,
    @Res() reply: FastifyReply,
  ) {
    const { name, format } = parseFeedFile(params.file);
    await this.answer(reply, params.slug, { kind: 'tag', tag: name.toLowerCase() }, format, query, headers);
  }

  private async answer(
    reply: FastifyReply,
    slug: string,
    scope: FeedScope,
    format: FeedFormat,
    query: FeedQuery,
    headers: Record<string, string | undefined>,
  ): Promise<void> {
    const answer = await this.feeds.feed({
      communitySlug: slug,
      scope,
      format,
      token: query.token,
      ifNoneMatch: headers['if-none-match'],
      ifModifiedSince: headers['if-modified-since'],
    });
    void reply.code(answer.status).headers(answer.headers);
    void reply.send(answer.status === 200 ? answer.body : undefined);
  }
}
