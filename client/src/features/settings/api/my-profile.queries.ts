import type { MyProfile } from '@commonroom/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { accountKeyRoot } from '../../auth';
import { peopleKeys } from '../../people';
import { fetchMyProfile, removeProfilePhoto, updateMyProfile, uploadProfilePhoto } from './my-profile.api';

export const myProfileKeys = { mine: [...accountKeyRoot, 'my-profile'] as const };

/** The answer is the saved profile: it replaces the cached one, and my public profile is asked again. */
function saved(queryClient: QueryClient, profile: MyProfile) {
  queryClient.setQueryData(myProfileKeys.mine, profile);
  return queryClient.invalidateQueries({ queryKey: peopleKeys.profile(profile.userId) });
}

export function useMyProfile() {
  return useQuery({ queryKey: myProfileKeys.mine, queryFn: ({ signal }) => fetchMyProfile({ signal }) });
}

export function useUpdateMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateMyProfile, onSuccess: (profile) => saved(queryClient, profile) });
}

export function useUploadProfilePhoto() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: uploadProfilePhoto, onSuccess: (profile) => saved(queryClient, profile) });
}

export function useRemoveProfilePhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeProfilePhoto,
    // No body comes back: my profile and every card or profile that showed the photo are asked again.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: myProfileKeys.mine }),
        queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
      ]),
  });
}
