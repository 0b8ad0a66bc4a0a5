import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_PAGE_SIZE, pageOf, pageQuerySchema } from './pagination.js';

describe('pagination', () => {
  it('coerces query strings and applies defaults', () => {
    expect(pageQuerySchema.parse({})).toEqual({ page: 1, pageSize: 25 });
    expect(pageQuerySchema.parse({ page: '3', pageSize: '10' })).toEqual({ page: 3, pageSize: 10 });
  });

  it('refuses pages that would be expensive or meaningless', () => {
    expect(pageQuerySchema.safeParse({ pageSize: String(MAX_PAGE_SIZE + 1) }).success).toBe(false);
    expect(pageQuerySchema.safeParse({ page: '0' }).success).toBe(false);
    expect(pageQuerySchema.safeParse({ page: '1.5' }).success).toBe(false);
  });

  it('wraps items in the page envelope', () => {
    const schema = pageOf(z.object({ id: z.string() }));
    expect(schema.safeParse({ items: [{ id: 'a' }], page: 1, pageSize: 25, total: 1 }).success).toBe(true);
    expect(schema.safeParse({ items: [{ id: 1 }], page: 1, pageSize: 25, total: 1 }).success).toBe(false);
  });
});
