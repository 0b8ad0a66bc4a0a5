import type { CurrentUser } from '@commonroom/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountKeyRoot, refreshSession, updateSessionUser } from '../../auth';
import {
  changeEmail,
  changePassword,
  confirmEmailChange,
  disableTwoFactor,
  enableTwoFactor,
  fetchSecurityEvents,
  fetchSessions,
  fetchSignInMethods,
  regenerateRecoveryCodes,
  removeSignInMethod,
  revokeOtherSessions,
  revokeSession,
  startTwoFactorSetup,
  updateProfile,
} from './account.api';

/** Query keys in one place; all under the account root, which signing out clears. */
export const accountKeys = {
  all: accountKeyRoot,
  sessions: () => [...accountKeyRoot, 'sessions'] as const,
  signInMethods: () => [...accountKeyRoot, 'sign-in-methods'] as const,
  securityEvents: () => [...accountKeyRoot, 'security-events'] as const,
};

/** Most account changes show up in the session (the user), the activity list or both. */
function useAfterAccountChange() {
  const queryClient = useQueryClient();
  return {
    user: (user: CurrentUser) => {
      updateSessionUser(queryClient, user);
      return queryClient.invalidateQueries({ queryKey: accountKeys.securityEvents() });
    },
    refresh: () =>
      Promise.all([refreshSession(queryClient), queryClient.invalidateQueries({ queryKey: accountKeys.all })]),
  };
}

export function useUpdateProfile() {
  const after = useAfterAccountChange();
  return useMutation({ mutationFn: updateProfile, onSuccess: after.user });
}

export function useChangeEmail() {
  return useMutation({ mutationFn: changeEmail });
}

export function useConfirmEmailChange() {
  const after = useAfterAccountChange();
  return useMutation({ mutationFn: confirmEmailChange, onSuccess: after.user });
}

export function useChangePassword() {
  const after = useAfterAccountChange();
  return useMutation({ mutationFn: changePassword, onSuccess: after.refresh });
}

export function useSessions() {
  return useQuery({ queryKey: accountKeys.sessions(), queryFn: ({ signal }) => fetchSessions({ signal }) });
}

export function useRevokeSession() {
  const after = useAfterAccountChange();
  return useMutation({ mutationFn: revokeSession, onSuccess: after.refresh });
}

export function useRevokeOtherSessions() {
  const after = useAfterAccountChange();
  return useMutation({ mutationFn: revokeOtherSessions, onSuccess: after.refresh });
}

export function useStartTwoFactorSetup() {
  return useMutation({ mutationFn: startTwoFactorSetup });
}

/**
 * The recovery codes arrive only in this answer. The refresh is not awaited: awaiting it would
 * let the refreshed session (two-step now on) replace the setup form before the form's own
 * callback receives the codes, and TanStack skips callbacks of unmounted forms.
 */
export function useEnableTwoFactor() {
  const after = useAfterAccountChange();
  return useMutation({ mutationFn: enableTwoFactor, onSuccess: () => void after.refresh() });
}

export function useDisableTwoFactor() {
  const after = useAfterAccountChange();
  return useMutation({ mutationFn: disableTwoFactor, onSuccess: after.refresh });
}

export function useRegenerateRecoveryCodes() {
  const after = useAfterAccountChange();
  return useMutation({ mutationFn: regenerateRecoveryCodes, onSuccess: () => void after.refresh() });
}

export function useSignInMethods() {
  return useQuery({ queryKey: accountKeys.signInMethods(), queryFn: ({ signal }) => fetchSignInMethods({ signal }) });
}

export function useRemoveSignInMethod() {
  const after = useAfterAccountChange();
  return useMutation({ mutationFn: removeSignInMethod, onSuccess: after.refresh });
}

export function useSecurityEvents() {
  return useQuery({ queryKey: accountKeys.securityEvents(), queryFn: ({ signal }) => fetchSecurityEvents({ signal }) });
}
