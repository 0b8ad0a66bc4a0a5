import { Inject, Injectable } from '@nestjs/common';
import { feedPaths, type FeedFormat } from '@commonroom/contracts';
import { createHash } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { PUBLIC_CACHE_CONTROL } from '../../infrastructure/http/public-cache';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { FEED_CONTENT_TYPES, renderFeed, type FeedChannel, type FeedEntry } from './feed-renderer';
import { hashFeedToken } from './feed-token-value';
import { FeedsRepository, type FeedPlace, type FeedPostRow, type FeedScope } from './feeds.repository';

/** Enough for a reader that checks every hour or so; older posts are in the app. */
export const FEED_ITEMS = 30;

export interface FeedRequest {
  communitySlug: string;
  scope: FeedScope;
  format: FeedFormat;
  token: string | undefined;
  ifNoneMatch: string | undefined;
  ifModifiedSince: string | undefined;
}

export type FeedAnswer =
  { status: 304; headers: Record<string, string> } | { status: 200; headers: Record<string, string>; body: string };

/**
 * Builds a feed in two statements (where, and its newest posts). The validators come from the
 * rows themselves, so a revalidation that finds nothing new answers 304 before any XML is built.
 */
@Injectable()
export class FeedsService {
  constructor(
    private readonly feeds: FeedsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async feed(request: FeedRequest): Promise<FeedAnswer> {
    const tokenHash = request.token ? hashFeedToken(request.token) : null;
    const categorySlug = request.scope.kind === 'category' ? request.scope.categorySlug : null;
    const place = await this.feeds.place(tokenHash, request.communitySlug, categorySlug);
    if (!place || (categorySlug !== null && !place.category)) throw DomainError.notFound('That feed');
    const rows = await this.feeds.posts(place, request.scope, FEED_ITEMS);

    const lastModified = newest(rows);
    const etag = `"${createHash('sha256')
      .update(JSON.stringify([request.format, tokenHash, place, rows]))
      .digest('base64url')
      .slice(0, 27)}"`;
    const headers: Record<string, string> = {
      etag,
      // A private feed is the person's own: no shared cache may keep it, and each read re-checks access.
      'cache-control': tokenHash ? 'private, no-cache' : PUBLIC_CACHE_CONTROL,
      ...(lastModified ? { 'last-modified': lastModified.toUTCString() } : {}),
    };
    if (notModified(request, etag, lastModified)) return { status: 304, headers };

    const body = renderFeed(request.format, this.channel(request, place, lastModified), rows.map(this.entry(place)));
    return { status: 200, headers: { ...headers, 'content-type': FEED_CONTENT_TYPES[request.format] }, body };
  }

  private channel(request: FeedRequest, place: FeedPlace, updated: Date | undefined): FeedChannel {
    const base = this.config.http.publicUrl;
    const community = `/communities/${encodeURIComponent(place.communitySlug)}`;
    const { scope, format } = request;
    const token = request.token ? `?token=${request.token}` : '';
    const self = (path: string) => `${base}${path}${token}`;
    if (scope.kind === 'category' && place.category)
      return {
        title: `${place.category.name} · ${place.communityName}`,
        description: place.category.description ?? `New posts in ${place.category.name}, ${place.communityName}.`,
        link: `${base}${community}/forum/c/${encodeURIComponent(place.category.slug)}`,
        self: self(feedPaths.category(place.communitySlug, place.category.slug, format)),
        updated,
      };
    if (scope.kind === 'tag')
      return {
        title: `#${scope.tag} · ${place.communityName}`,
        description: `New posts in threads tagged ${scope.tag}, ${place.communityName}.`,
        link: `${base}${community}/forum`,
        self: self(feedPaths.tag(place.communitySlug, scope.tag, format)),
        updated,
      };
    return {
      title: `Forum · ${place.communityName}`,
      description: place.communityDescription ?? `New posts in the forum of ${place.communityName}.`,
      link: `${base}${community}/forum`,
      self: self(feedPaths.forum(place.communitySlug, format)),
      updated,
    };
  }

  private entry(place: FeedPlace) {
    const base = this.config.http.publicUrl;
    return (row: FeedPostRow): FeedEntry => ({
      id: `urn:uuid:${row.post_id}`,
      title: row.number === 1 ? row.thread_title : `Re: ${row.thread_title}`,
      // The post in place, as the app links it (`/communities/<slug>/forum/t/<id>#post-N`).
      link: `${base}/communities/${encodeURIComponent(place.communitySlug)}/forum/t/${row.thread_id}#post-${row.number}`,
      html: row.html,
      author: row.author_name ?? 'Someone',
      published: row.created_at,
      updated: row.edited_at ?? row.created_at,
      tags: row.thread_tags,
    });
  }
}

function newest(rows: FeedPostRow[]): Date | undefined {
  let latest: Date | undefined;
  for (const row of rows) {
    const at = row.edited_at && row.edited_at > row.created_at ? row.edited_at : row.created_at;
    if (!latest || at > latest) latest = at;
  }
  return latest;
}

/** RFC 9110: `If-None-Match` wins when present; `If-Modified-Since` is compared to the second. */
function notModified(request: FeedRequest, etag: string, lastModified: Date | undefined): boolean {
  if (request.ifNoneMatch !== undefined)
    return request.ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*');
  if (request.ifModifiedSince === undefined || !lastModified) return false;
  const since = Date.parse(request.ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}
