import {
  acceptedResponseSchema,
  emailConfirmedResultSchema,
  sessionStateSchema,
  signInResultSchema,
  type AcceptedResponse,
  type EmailConfirmedResult,
  type PasswordResetConfirm,
  type SessionState,
  type SignInRequest,
  type SignInResult,
  type SignUpRequest,
} from '@commonroom/contracts';
import { apiGet, apiSend, type RequestOptions, type ResponseSchema } from '../../../shared/api/api-client';

export function fetchSession(options?: RequestOptions): Promise<SessionState> {
  return apiGet('/api/auth/session', sessionStateSchema, undefined, options);
}

/** 202 with the same message whether or not the address is already registered. */
export function signUp(request: SignUpRequest): Promise<AcceptedResponse> {
  return apiSend('POST', '/api/auth/sign-up', request, acceptedResponseSchema);
}

/** Confirms the address and names it, for the sign-in form; it does not sign in. */
export function verifyEmail(token: string): Promise<EmailConfirmedResult> {
  return apiSend('POST', '/api/auth/verify-email', { token }, emailConfirmedResultSchema);
}

export function resendVerificationEmail(email: string): Promise<AcceptedResponse> {
  return apiSend('POST', '/api/auth/verification-email', { email }, acceptedResponseSchema);
}

export function signIn(request: SignInRequest): Promise<SignInResult> {
  return apiSend('POST', '/api/auth/sign-in', request, signInResultSchema);
}

/** The authenticator code, or a recovery code, after the password. */
export function submitSecondFactor(code: string): Promise<SignInResult> {
  return apiSend('POST', '/api/auth/sign-in/second-factor', { code }, signInResultSchema);
}

export function signOut(): Promise<void> {
  return apiSend('POST', '/api/auth/sign-out');
}

export function requestPasswordReset(email: string): Promise<AcceptedResponse> {
  return apiSend('POST', '/api/auth/password-reset', { email }, acceptedResponseSchema);
}

export function confirmPasswordReset(request: PasswordResetConfirm): Promise<void> {
  return apiSend('POST', '/api/auth/password-reset/confirm', request);
}

/** Only the status matters: the mailbox answers 200 in development and 404 in production. */
const anyBody: ResponseSchema<unknown> = { safeParse: (input) => ({ success: true, data: input }) };

export function fetchDevMail(options?: RequestOptions): Promise<unknown> {
  return apiGet('/api/dev/mail', anyBody, undefined, options);
}

/** Where the browser goes (a full page load) to sign in with, or link, an identity provider. */
export function oidcStartHref(providerId: string, returnTo: string, link = false): string {
  const query = new URLSearchParams(link ? { link: '1', returnTo } : { returnTo });
  return `/api/auth/oidc/${encodeURIComponent(providerId)}/start?${query.toString()}`;
}
