import { Badge, Group, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { useReceivedRequests } from '../api/people.queries';

/** "Contact requests" in the account menu, with how many wait for an answer. */
export function ContactRequestsMenuItem() {
  const { t } = useTranslation();
  const received = useReceivedRequests();
  const pending = received.data?.pending ?? 0;
  return (
    <Menu.Item
      component={Link}
      to={paths.contactRequests}
      aria-label={t('people.requests.menuLabel', { count: pending })}
    >
      <Group gap="xs" wrap="nowrap">
        {t('people.requests.title')}
        {pending > 0 && (
          <Badge size="sm" circle aria-hidden="true">
            {pending}
          </Badge>
        )}
      </Group>
    </Menu.Item>
  );
}
