import { useTranslation } from 'react-i18next';
import { CountedMenuItem } from '../../../shared/components/counted-menu-item';
import { paths } from '../../../shared/routing/paths';
import { useJobQueues } from '../api/jobs.queries';

/** "Background jobs" in the account menu, for platform admins only (the server answers not found to anyone else). */
export function JobsMenuItem() {
  const { t } = useTranslation();
  const queues = useJobQueues().data;
  if (!queues) return null;
  const dead = queues.items.reduce((sum, queue) => sum + queue.dead, 0);
  return (
    <CountedMenuItem
      to={paths.adminJobs}
      label={t('adminJobs.menu')}
      accessibleLabel={t('adminJobs.menuLabel', { count: dead })}
      count={dead}
      color="red.9"
    />
  );
}
