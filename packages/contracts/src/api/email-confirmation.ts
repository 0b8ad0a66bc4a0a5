import { z } from 'zod';

/**
 * The answer to a confirmed sign-up link: the address it confirmed, so the sign-in form can be
 * filled in. Only the person holding the emailed token learns it, and it is their own address.
 * Confirming does not sign anyone in (see docs/security.md, "Confirming an email address").
 */
export const emailConfirmedResultSchema = z.object({
  message: z.string(),
  email: z.email(),
});
export type EmailConfirmedResult = z.infer<typeof emailConfirmedResultSchema>;
