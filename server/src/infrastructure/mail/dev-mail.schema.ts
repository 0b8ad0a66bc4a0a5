import { z } from 'zod';

/**
 * The development outbox as JSON. Deliberately not in `@commonroom/contracts`: it exists only
 * on development and test servers, for browser tests that follow links sent by email.
 */
export const devMailListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      to: z.string(),
      subject: z.string(),
      text: z.string(),
      receivedAt: z.iso.datetime(),
    }),
  ),
});

export type DevMailList = z.infer<typeof devMailListSchema>;
