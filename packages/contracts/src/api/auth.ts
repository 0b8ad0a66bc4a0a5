import { z } from 'zod';
import { safeText } from '../text.js';

/** Passwords: 12–128 characters, no composition rules (NIST SP 800-63B); breached ones refused. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'An email address can be at most 254 characters.')
  .pipe(z.email('Enter an email address like name@school.org.uk.'));

export const passwordSchema = z
  .string()
  .min(
    PASSWORD_MIN,
    `Use at least ${PASSWORD_MIN} characters. A few unrelated words make a strong, memorable password.`,
  )
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const displayNameSchema = safeText(
  z.string().trim().min(1, 'Enter the name colleagues know you by.').max(80, 'Use at most 80 characters.'),
);

/** A 6-digit authenticator code, or a recovery code like `abcd-efgh-jkmn`. */
export const secondFactorCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(\d{6}|[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})$/,
    'Enter the 6-digit code from your authenticator app, or a recovery code.',
  );

export const currentUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  emailVerified: z.boolean(),
  twoFactorEnabled: z.boolean(),
  hasPassword: z.boolean(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const oidcProviderSchema = z.object({ id: z.string(), name: z.string() });

/** What the client asks on load: who am I, the CSRF token to send, how can I sign in. */
export const sessionStateSchema = z.object({
  user: currentUserSchema.nullable(),
  /** Send as `x-csrf-token` on every POST, PUT, PATCH and DELETE. */
  csrfToken: z.string(),
  /** Signed in with a password but the second factor is still to come. */
  secondFactorPending: z.boolean(),
  providers: z.array(oidcProviderSchema),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

export const signUpRequestSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
});
export type SignUpRequest = z.infer<typeof signUpRequestSchema>;

/** The same answer whether or not the address was already registered. */
export const acceptedResponseSchema = z.object({ message: z.string() });
export type AcceptedResponse = z.infer<typeof acceptedResponseSchema>;

export const tokenRequestSchema = z.object({ token: z.string().min(20).max(200) });
export type TokenRequest = z.infer<typeof tokenRequestSchema>;

export const signInRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password.').max(PASSWORD_MAX),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const signInResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('signed_in'), user: currentUserSchema }),
  z.object({ status: z.literal('second_factor_required') }),
]);
export type SignInResult = z.infer<typeof signInResultSchema>;

export const secondFactorRequestSchema = z.object({ code: secondFactorCodeSchema });
export type SecondFactorRequest = z.infer<typeof secondFactorRequestSchema>;

export const passwordResetRequestSchema = z.object({ email: emailSchema });
export const passwordResetConfirmSchema = z.object({ token: z.string().min(20).max(200), password: passwordSchema });
export type PasswordResetConfirm = z.infer<typeof passwordResetConfirmSchema>;
