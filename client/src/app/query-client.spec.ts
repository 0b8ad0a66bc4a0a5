import { describe, expect, it } from 'vitest';
import { ApiError } from '../shared/api/api-error';
import { shouldRetry } from './query-client';

const failure = (status: number, code: ApiError['code']) => new ApiError({ code, message: 'failed', status });

describe('shouldRetry', () => {
  it('does not repeat a request the server rejected as wrong or forbidden', () => {
    expect(shouldRetry(0, failure(400, 'validation_failed'))).toBe(false);
    expect(shouldRetry(0, failure(404, 'not_found'))).toBe(false);
  });

  it('retries network failures, rate limits and server errors a couple of times', () => {
    expect(shouldRetry(0, failure(0, 'network_error'))).toBe(true);
    expect(shouldRetry(1, failure(429, 'rate_limited'))).toBe(true);
    expect(shouldRetry(0, failure(503, 'service_unavailable'))).toBe(true);
    expect(shouldRetry(2, failure(503, 'service_unavailable'))).toBe(false);
  });
});
