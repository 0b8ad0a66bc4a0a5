import { ErrorCode } from '@commonroom/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../infrastructure/errors/domain-error';
import type { RateLimit, RateLimiter } from '../../infrastructure/rate-limit/rate-limiter.service';
import type { DiscussionPostsRepository } from './discussion-posts.repository';
import { PostingLimiter } from './posting-limiter';
import { POSTING_LIMITS, postingLimitMessage } from './posting-limits';

const AUTHOR = '0b6f4d1e-2c3a-4b5c-8d9e-0f1a2b3c4d5e';
/** Stands for the post's transaction. */
const MANAGER = { name: 'the post transaction' } as unknown as EntityManager;

/** Counts per key in memory, as one fixed window each; the seconds left are what the test says. */
function fakeLimiter(retryAfter: Record<string, number> = {}) {
  const counts = new Map<string, number>();
  const limiter = {
    hit: jest.fn(async (limit: RateLimit, by: number, _manager?: EntityManager) => {
      counts.set(limit.key, (counts.get(limit.key) ?? 0) + by);
      return { hits: counts.get(limit.key)!, retryAfter: retryAfter[limit.key] ?? limit.windowSeconds };
    }),
  };
  return { limiter, counts };
}

function setUp(options: { trusted: boolean; retryAfter?: Record<string, number> }) {
  const { limiter, counts } = fakeLimiter(options.retryAfter);
  const posts = {
    hasVisiblePosts: jest.fn(async (_userId: string, _atLeast: number, _manager?: EntityManager) => options.trusted),
  };
  const sut = new PostingLimiter(limiter as unknown as RateLimiter, posts as unknown as DiscussionPostsRepository);
  return { sut, counts, posts, limiter };
}

async function refusal(attempt: Promise<void>): Promise<DomainError> {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error('expected a refusal');
  return error;
}

describe('PostingLimiter', () => {
  it('lets a member post 6 times a minute, then refuses with 429, Retry-After and when to try again', async () => {
    const { sut, posts } = setUp({ trusted: true, retryAfter: { [`posts:minute:user:${AUTHOR}`]: 42 } });
    for (let i = 0; i < POSTING_LIMITS.perMinute; i++) await sut.admit(MANAGER, AUTHOR, false);
    const error = await refusal(sut.admit(MANAGER, AUTHOR, false));
    expect(error.code).toBe(ErrorCode.RateLimited);
    expect(error.headers).toEqual({ 'retry-after': '42' });
    expect(error.message).toBe(
      'You can post up to 6 times a minute. You can post again in 42 seconds; what you wrote is kept.',
    );
    // Newness was read only once the count passed the new members' limit, and once per post.
    expect(posts.hasVisiblePosts).toHaveBeenCalledTimes(POSTING_LIMITS.perMinute - POSTING_LIMITS.newMembers.perMinute);
    expect(posts.hasVisiblePosts).toHaveBeenCalledWith(AUTHOR, POSTING_LIMITS.newMembers.untilPosts, MANAGER);
  });

  it('says a wait of a whole minute as "1 minute", not "60 seconds"', async () => {
    const { sut } = setUp({ trusted: true, retryAfter: { [`posts:minute:user:${AUTHOR}`]: 60 } });
    for (let i = 0; i < POSTING_LIMITS.perMinute; i++) await sut.admit(MANAGER, AUTHOR, false);
    expect((await refusal(sut.admit(MANAGER, AUTHOR, false))).message).toBe(
      'You can post up to 6 times a minute. You can post again in 1 minute; what you wrote is kept.',
    );
  });

  it('holds a member to 30 posts an hour, saying how many minutes to wait', async () => {
    const { sut, counts } = setUp({ trusted: true, retryAfter: { [`posts:hour:user:${AUTHOR}`]: 1361 } });
    counts.set(`posts:hour:user:${AUTHOR}`, POSTING_LIMITS.perHour);
    const error = await refusal(sut.admit(MANAGER, AUTHOR, false));
    expect(error.message).toBe(
      'You can post up to 30 times an hour. You can post again in 23 minutes; what you wrote is kept.',
    );
    expect(error.headers).toEqual({ 'retry-after': '1361' });
  });

  it('holds new members to 3 posts a minute and 10 an hour', async () => {
    const minute = setUp({ trusted: false, retryAfter: { [`posts:minute:user:${AUTHOR}`]: 1 } });
    for (let i = 0; i < POSTING_LIMITS.newMembers.perMinute; i++) await minute.sut.admit(MANAGER, AUTHOR, false);
    expect((await refusal(minute.sut.admit(MANAGER, AUTHOR, false))).message).toBe(
      'Until you have 3 posts here, you can post up to 3 times a minute. You can post again in 1 second; what you wrote is kept.',
    );

    const hour = setUp({ trusted: false, retryAfter: { [`posts:hour:user:${AUTHOR}`]: 60 } });
    hour.counts.set(`posts:hour:user:${AUTHOR}`, POSTING_LIMITS.newMembers.perHour);
    expect((await refusal(hour.sut.admit(MANAGER, AUTHOR, false))).message).toBe(
      'Until you have 3 posts here, you can post up to 10 times an hour. You can post again in 1 minute; what you wrote is kept.',
    );
  });

  it('counts, and reads newness, in the post’s own transaction', async () => {
    const { sut, limiter, posts } = setUp({ trusted: false });
    for (let i = 0; i <= POSTING_LIMITS.newMembers.perMinute; i++)
      await sut.admit(MANAGER, AUTHOR, false).catch(() => undefined);
    expect(limiter.hit.mock.calls.map((call) => [call[0].key, call[2]])).toEqual(
      expect.arrayContaining([
        [`posts:minute:user:${AUTHOR}`, MANAGER],
        [`posts:hour:user:${AUTHOR}`, MANAGER],
      ]),
    );
    expect(limiter.hit.mock.calls.every((call) => call[2] === MANAGER)).toBe(true);
    expect(posts.hasVisiblePosts).toHaveBeenCalledWith(AUTHOR, POSTING_LIMITS.newMembers.untilPosts, MANAGER);
  });

  it('neither counts nor limits moderators', async () => {
    const { sut, counts, posts } = setUp({ trusted: false });
    for (let i = 0; i < POSTING_LIMITS.perHour + 1; i++) await sut.admit(MANAGER, AUTHOR, true);
    expect(counts.size).toBe(0);
    expect(posts.hasVisiblePosts).not.toHaveBeenCalled();
  });
});

describe('postingLimitMessage', () => {
  it('says when, in whole seconds under a minute and whole minutes (rounded up) beyond', () => {
    expect(postingLimitMessage('minute', false, 59)).toContain('again in 59 seconds;');
    expect(postingLimitMessage('hour', false, 61)).toContain('again in 2 minutes;');
    expect(postingLimitMessage('hour', false, 3600)).toContain('again in 60 minutes;');
  });
});
