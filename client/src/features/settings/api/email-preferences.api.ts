import {
  emailPreferencesSchema,
  unsubscribeDescriptionSchema,
  type EmailPreferences,
  type UnsubscribeDescription,
  type UpdateEmailPreferences,
} from '@commonroom/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, buildUrl } from '../../../shared/api/api-client';
import { accountKeyRoot } from '../../auth';

const preferencesKey = [...accountKeyRoot, 'email-preferences'] as const;

export function useEmailPreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: ({ signal }) => apiGet('/api/me/email-preferences', emailPreferencesSchema, undefined, { signal }),
  });
}

export function useSaveEmailPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: UpdateEmailPreferences) =>
      apiSend('PUT', '/api/me/email-preferences', update, emailPreferencesSchema),
    onSuccess: (saved: EmailPreferences) => queryClient.setQueryData(preferencesKey, saved),
  });
}

/** What an unsubscribe link stops; reading it never changes anything. */
export function useUnsubscribeDescription(token: string) {
  return useQuery({
    queryKey: ['unsubscribe', token],
    queryFn: ({ signal }) => apiGet('/api/email/unsubscribe', unsubscribeDescriptionSchema, { token }, { signal }),
    enabled: token !== '',
    retry: false,
  });
}

export function useUnsubscribe(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (undo: boolean): Promise<UnsubscribeDescription> =>
      apiSend(
        'POST',
        buildUrl(undo ? '/api/email/unsubscribe/undo' : '/api/email/unsubscribe', { token }),
        {},
        unsubscribeDescriptionSchema,
      ),
    onSuccess: (description) => queryClient.setQueryData(['unsubscribe', token], description),
  });
}
