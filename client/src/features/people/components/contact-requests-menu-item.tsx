import { useTranslation } from 'react-i18next';
import { CountedMenuItem } from '../../../shared/components/counted-menu-item';
import { paths } from '../../../shared/routing/paths';
import { useReceivedRequests } from '../api/people.queries';

/** "Contact requests" in the account menu, with how many wait for an answer. */
export function ContactRequestsMenuItem() {
  const { t } = useTranslation();
  const pending = useReceivedRequests().data?.pending ?? 0;
  return (
    <CountedMenuItem
      to={paths.contactRequests}
      label={t('people.requests.title')}
      accessibleLabel={t('people.requests.menuLabel', { count: pending })}
      count={pending}
    />
  );
}
