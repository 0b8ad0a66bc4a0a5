import { describe, expect, it } from 'vitest';
import { streamNameSchema, streams, subscribeRequestSchema } from './streams.js';

describe('real-time streams', () => {
  const id = '2b1f6c1e-8d4b-4d38-9a57-6f7e0d1c2a3b';

  it('builds stream names only from the helpers', () => {
    expect(streams.community(id)).toBe(`community:${id}`);
    expect(streamNameSchema.safeParse(streams.thread(id)).success).toBe(true);
    expect(streamNameSchema.safeParse(`admin:${id}`).success).toBe(false);
    expect(streamNameSchema.safeParse('community:../../etc').success).toBe(false);
  });

  it('defaults a subscription to replay from the start', () => {
    expect(subscribeRequestSchema.parse({ stream: streams.user(id) })).toEqual({ stream: `user:${id}`, afterSeq: 0 });
    expect(subscribeRequestSchema.safeParse({ stream: streams.user(id), afterSeq: -1 }).success).toBe(false);
  });
});
