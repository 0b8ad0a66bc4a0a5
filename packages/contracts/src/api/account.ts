import { z } from 'zod';
import { displayNameSchema, emailSchema, passwordSchema, PASSWORD_MAX, secondFactorCodeSchema } from './auth.js';

export const sessionSummarySchema = z.object({
  id: z.uuid(),
  /** e.g. "Chrome on Windows"; "Unknown device" when the browser did not say. */
  device: z.string(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  current: z.boolean(),
  signInMethod: z.enum(['password', 'oidc']),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
export const sessionListSchema = z.object({ items: z.array(sessionSummarySchema) });

export const sessionIdParamsSchema = z.object({ id: z.uuid() });

export const updateProfileRequestSchema = z.object({ displayName: displayNameSchema });

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().max(PASSWORD_MAX).optional().describe('Required when the account has a password'),
  newPassword: passwordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

export const changeEmailRequestSchema = z.object({
  newEmail: emailSchema,
  currentPassword: z.string().max(PASSWORD_MAX).optional().describe('Required when the account has a password'),
});
export type ChangeEmailRequest = z.infer<typeof changeEmailRequestSchema>;

export const totpSetupSchema = z.object({
  /** Base32 secret, shown for manual entry. */
  secret: z.string(),
  otpauthUrl: z.string(),
  /** QR code of the otpauth URL as an SVG document. */
  qrSvg: z.string(),
});
export type TotpSetup = z.infer<typeof totpSetupSchema>;

export const totpEnableRequestSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.'),
});
export const recoveryCodesSchema = z.object({
  /** Shown once; each works once. */
  codes: z.array(z.string()),
});
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;
export const totpDisableRequestSchema = z.object({ code: secondFactorCodeSchema });

export const signInMethodSchema = z.object({
  id: z.uuid(),
  kind: z.literal('oidc'),
  provider: z.string(),
  providerName: z.string(),
  email: z.string().nullable(),
  linkedAt: z.iso.datetime(),
});
export const signInMethodsSchema = z.object({ hasPassword: z.boolean(), items: z.array(signInMethodSchema) });
export type SignInMethods = z.infer<typeof signInMethodsSchema>;

export const securityEventSchema = z.object({
  id: z.string(),
  action: z.string(),
  occurredAt: z.iso.datetime(),
  device: z.string().nullable(),
});
export const securityEventListSchema = z.object({ items: z.array(securityEventSchema) });
