import { ErrorCode } from '@commonroom/contracts';
import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../../../test/support/data-source';
import { DomainError } from '../errors/domain-error';
import { RateLimiter } from './rate-limiter.service';

describe('RateLimiter', () => {
  let dataSource: DataSource;
  let sut: RateLimiter;

  beforeAll(async () => {
    dataSource = await openTestDataSource();
    sut = new RateLimiter(dataSource);
  });
  afterAll(() => dataSource.destroy());

  it('allows the limit within a window, then answers 429 with a Retry-After inside the window', async () => {
    const limit = { key: `test:${crypto.randomUUID()}`, limit: 3, windowSeconds: 600 };
    for (let i = 0; i < 3; i++) await sut.consume(limit);
    let error: unknown;
    try {
      await sut.consume(limit);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(ErrorCode.RateLimited);
    const retryAfter = Number((error as DomainError).headers?.['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
  });

  it('counts keys separately, and peek does not count', async () => {
    const a = { key: `test:${crypto.randomUUID()}`, limit: 1, windowSeconds: 60 };
    const b = { key: `test:${crypto.randomUUID()}`, limit: 1, windowSeconds: 60 };
    await sut.consume(a);
    await expect(sut.consume(b)).resolves.toBeUndefined();
    expect((await sut.peek(a)).hits).toBe(1);
    expect((await sut.peek(a)).hits).toBe(1);
  });

  it('allows quietly while within the limit, then says no without throwing', async () => {
    const limit = { key: `test:${crypto.randomUUID()}`, limit: 2, windowSeconds: 60 };
    expect([await sut.allow(limit), await sut.allow(limit), await sut.allow(limit)]).toEqual([true, true, false]);
  });

  it('shares counts between instances (every app node sees the same numbers)', async () => {
    const limit = { key: `test:${crypto.randomUUID()}`, limit: 2, windowSeconds: 60 };
    await Promise.all([sut.consume(limit), new RateLimiter(dataSource).consume(limit)]);
    await expect(new RateLimiter(dataSource).consume(limit)).rejects.toThrow(DomainError);
  });
});
