import type { SignInRequest, SignInResult } from '@commonroom/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import {
  confirmPasswordReset,
  fetchDevMail,
  requestPasswordReset,
  resendVerificationEmail,
  signIn,
  signOut,
  signUp,
  submitSecondFactor,
  verifyEmail,
} from './auth.api';
import { startNewSession } from './session';

export function useSignUp() {
  return useMutation({ mutationFn: signUp });
}

export function useVerifyEmail() {
  return useMutation({ mutationFn: verifyEmail });
}

export function useResendVerificationEmail() {
  return useMutation({ mutationFn: resendVerificationEmail });
}

/**
 * Both sign-in steps stay pending until the new session has arrived, so the page only moves on
 * once the header (and everything else) knows who is signed in.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: SignInRequest): Promise<SignInResult> => {
      const result = await signIn(request);
      if (result.status === 'signed_in') await startNewSession(queryClient);
      return result;
    },
  });
}

export function useSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (code: string): Promise<SignInResult> => {
      const result = await submitSecondFactor(code);
      if (result.status === 'signed_in') await startNewSession(queryClient);
      return result;
    },
  });
}

/** Signs out and goes to the home page (not to a page that would now ask to sign in). */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: signOut,
    onSuccess: async () => {
      await navigate(paths.home);
      await startNewSession(queryClient);
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset });
}

/** True when this server keeps a development mailbox (it answers 404 in production). */
export function useDevMailAvailable(): boolean {
  const devBuild = import.meta.env.DEV;
  const mailbox = useQuery({
    queryKey: ['dev-mail'],
    queryFn: ({ signal }) => fetchDevMail({ signal }),
    enabled: !devBuild,
    retry: false,
    staleTime: Infinity,
  });
  return devBuild || mailbox.isSuccess;
}
