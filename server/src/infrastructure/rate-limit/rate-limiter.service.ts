import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { DEFAULT_MESSAGES } from '../errors/error-status';

export interface RateLimit {
  /** What is limited and for whom, e.g. `sign-in:ip:203.0.113.9`. */
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters in PostgreSQL (an UNLOGGED table), so every app node shares them and
 * no Redis is needed. One statement per check.
 */
@Injectable()
export class RateLimiter {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Counts a hit; throws 429 with Retry-After when the window's limit is passed. */
  async consume(limit: RateLimit): Promise<void> {
    const { hits, retryAfter } = await this.hit(limit, 1);
    if (hits > limit.limit) throw rateLimited(retryAfter);
  }

  /**
   * Counts a hit and says whether it is within the limit, without failing the request: for
   * side effects (such as emails to one account) that must be capped silently, because a 429
   * would tell a stranger the account exists.
   */
  async allow(limit: RateLimit): Promise<boolean> {
    return (await this.hit(limit, 1)).hits <= limit.limit;
  }

  /**
   * Takes one of the window's `limit` slots, or none when all are taken, in one statement: the
   * check and the count cannot be separated by a parallel request, so a burst can never get more
   * than `limit` through. Give a slot back with `release` when the attempt turned out fine.
   */
  async reserve(limit: RateLimit): Promise<{ reserved: boolean; hits: number; retryAfter: number }> {
    const [row] = (await this.dataSource.query(
      `WITH w AS (SELECT to_timestamp(floor(extract(epoch FROM now()) / $2) * $2) AS start)
       INSERT INTO rate_limit_buckets (key, window_start, hits) SELECT $1, w.start, 1 FROM w
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_buckets.hits + 1
         WHERE rate_limit_buckets.hits < $3
       RETURNING hits, ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS retry_after`,
      [limit.key, limit.windowSeconds, limit.limit],
    )) as { hits: number; retry_after: number }[];
    if (row) return { reserved: true, hits: row.hits, retryAfter: Math.max(1, row.retry_after) };
    return { reserved: false, ...(await this.peek(limit)) };
  }

  /** Gives back a slot taken with `reserve`. */
  async release(limit: RateLimit): Promise<void> {
    await this.hit(limit, -1);
  }

  /** Hits so far in the current window, without counting one. */
  async peek(limit: RateLimit): Promise<{ hits: number; retryAfter: number }> {
    return this.hit(limit, 0);
  }

  /**
   * Adds `by` hits and answers the window's count. With `manager`, the count is written in the
   * caller's transaction: it is undone if that rolls back, and needs no second connection.
   */
  async hit(limit: RateLimit, by: number, manager?: EntityManager): Promise<{ hits: number; retryAfter: number }> {
    const [row] = (await (manager ?? this.dataSource).query(
      `WITH w AS (SELECT to_timestamp(floor(extract(epoch FROM now()) / $2) * $2) AS start)
       INSERT INTO rate_limit_buckets (key, window_start, hits) SELECT $1, w.start, $3 FROM w
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_buckets.hits + $3
       RETURNING hits, ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS retry_after`,
      [limit.key, limit.windowSeconds, by],
    )) as { hits: number; retry_after: number }[];
    return { hits: row?.hits ?? 0, retryAfter: Math.max(1, row?.retry_after ?? limit.windowSeconds) };
  }

  /** Deletes windows that ended (called by housekeeping). */
  async prune(): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_buckets WHERE window_start < now() - interval '1 day'`);
  }
}

export function rateLimited(retryAfterSeconds: number): DomainError {
  return new DomainError(ErrorCode.RateLimited, DEFAULT_MESSAGES[ErrorCode.RateLimited], undefined, {
    'retry-after': String(retryAfterSeconds),
  });
}
