import {
  acceptedResponseSchema,
  currentUserSchema,
  recoveryCodesSchema,
  securityEventListSchema,
  sessionListSchema,
  signInMethodsSchema,
  totpSetupSchema,
  type AcceptedResponse,
  type ChangeEmailRequest,
  type ChangePasswordRequest,
  type CurrentUser,
  type RecoveryCodes,
  type SignInMethods,
  type TotpSetup,
} from '@commonroom/contracts';
import { apiGet, apiSend, type RequestOptions } from '../../../shared/api/api-client';

export function updateProfile(displayName: string): Promise<CurrentUser> {
  return apiSend('PATCH', '/api/account/profile', { displayName }, currentUserSchema);
}

/** The server signs out every other session of the account. */
export function changePassword(request: ChangePasswordRequest): Promise<void> {
  return apiSend('POST', '/api/account/password', request);
}

/** Sends a confirmation link to the new address; nothing changes until it is opened. */
export function changeEmail(request: ChangeEmailRequest): Promise<AcceptedResponse> {
  return apiSend('POST', '/api/account/email', request, acceptedResponseSchema);
}

export function confirmEmailChange(token: string): Promise<CurrentUser> {
  return apiSend('POST', '/api/account/email/confirm', { token }, currentUserSchema);
}

export function fetchSessions(options?: RequestOptions) {
  return apiGet('/api/account/sessions', sessionListSchema, undefined, options);
}

export function revokeSession(id: string): Promise<void> {
  return apiSend('DELETE', `/api/account/sessions/${encodeURIComponent(id)}`);
}

export function revokeOtherSessions(): Promise<void> {
  return apiSend('POST', '/api/account/sessions/revoke-others');
}

export function startTwoFactorSetup(): Promise<TotpSetup> {
  return apiSend('POST', '/api/account/two-factor/setup', undefined, totpSetupSchema);
}

export function enableTwoFactor(code: string): Promise<RecoveryCodes> {
  return apiSend('POST', '/api/account/two-factor/enable', { code }, recoveryCodesSchema);
}

export function disableTwoFactor(code: string): Promise<void> {
  return apiSend('POST', '/api/account/two-factor/disable', { code });
}

/** A new set of recovery codes; the old ones stop working. */
export function regenerateRecoveryCodes(): Promise<RecoveryCodes> {
  return apiSend('POST', '/api/account/two-factor/recovery-codes', undefined, recoveryCodesSchema);
}

export function fetchSignInMethods(options?: RequestOptions): Promise<SignInMethods> {
  return apiGet('/api/account/sign-in-methods', signInMethodsSchema, undefined, options);
}

export function removeSignInMethod(id: string): Promise<void> {
  return apiSend('DELETE', `/api/account/sign-in-methods/${encodeURIComponent(id)}`);
}

export function fetchSecurityEvents(options?: RequestOptions) {
  return apiGet('/api/account/security-events', securityEventListSchema, undefined, options);
}
