import { z } from 'zod';

/**
 * Every error the API can answer with. The server maps each code to one HTTP status in one
 * exhaustive table, so adding a code here without mapping it fails the server's type check.
 * The client maps codes to translated sentences; `message` is the English fallback.
 */
export const ErrorCode = {
  ValidationFailed: 'validation_failed',
  NotAuthenticated: 'not_authenticated',
  /** Wrong email or password (never says which). */
  InvalidCredentials: 'invalid_credentials',
  /** The password was right but the address has not been confirmed yet. */
  EmailNotVerified: 'email_not_verified',
  /** The two-factor or recovery code was wrong. */
  SecondFactorInvalid: 'second_factor_invalid',
  /** A link from an email that has expired, was used already, or never existed. */
  TokenInvalid: 'token_invalid',
  /** This role or action needs two-factor authentication turned on first. */
  SecondFactorRequired: 'second_factor_required',
  CsrfTokenInvalid: 'csrf_token_invalid',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  Conflict: 'conflict',
  RateLimited: 'rate_limited',
  PayloadTooLarge: 'payload_too_large',
  ServiceUnavailable: 'service_unavailable',
  Internal: 'internal',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const errorCodeSchema = z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]);

/** One problem with one input field, as reported by `validation_failed`. */
export const fieldIssueSchema = z.object({
  path: z.string().describe('Dotted path of the field, e.g. "body.email" or "query.page"'),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    details: z.object({ issues: z.array(fieldIssueSchema).optional() }).optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
