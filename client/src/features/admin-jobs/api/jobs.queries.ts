import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchFailedJobs, fetchJobQueues, retryAllJobs, retryJob } from './jobs.api';

const jobKeys = { all: ['admin-jobs'] as const };

/** Not found for anyone but platform admins, which is how the menu knows to stay quiet: no retry. */
export function useJobQueues() {
  return useQuery({
    queryKey: [...jobKeys.all, 'queues'],
    queryFn: ({ signal }) => fetchJobQueues({ signal }),
    retry: false,
  });
}

export function useFailedJobs() {
  return useQuery({
    queryKey: [...jobKeys.all, 'failed'],
    queryFn: ({ signal }) => fetchFailedJobs({ signal }),
    retry: false,
  });
}

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryJob,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: jobKeys.all }),
  });
}

export function useRetryAllJobs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryAllJobs,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: jobKeys.all }),
  });
}
