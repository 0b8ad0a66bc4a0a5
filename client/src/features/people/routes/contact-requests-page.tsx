import type { ReceivedContactRequest } from '@commonroom/contracts';
import { Stack, Tabs, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../shared/components/empty-state';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { usePageTitle } from '../../../shared/components/page-title';
import { useReceivedRequests, useSentRequests } from '../api/people.queries';
import { ReceivedRequestItem } from '../components/received-request-item';
import { SentRequestItem } from '../components/sent-request-item';

/** Pending first (they need a decision), then the newest. */
function byPendingThenNewest(a: ReceivedContactRequest, b: ReceivedContactRequest): number {
  const pending = Number(b.status === 'pending') - Number(a.status === 'pending');
  return pending !== 0 ? pending : b.sentAt.localeCompare(a.sentAt);
}

function ItemList<T extends { id: string }>({
  items,
  render,
  empty,
}: {
  items: T[];
  render: (item: T) => ReactNode;
  empty: string;
}) {
  if (items.length === 0) return <EmptyState title={empty} />;
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <li key={item.id}>{render(item)}</li>
      ))}
    </Stack>
  );
}

function ReceivedTab() {
  const { t } = useTranslation();
  const received = useReceivedRequests();
  if (received.isPending) return <LoadingState />;
  if (received.isError) return <ErrorState error={received.error} onRetry={() => void received.refetch()} />;
  const items = [...received.data.items].sort(byPendingThenNewest);
  return (
    <ItemList
      items={items}
      empty={t('people.requests.emptyReceived')}
      render={(request) => <ReceivedRequestItem request={request} />}
    />
  );
}

function SentTab() {
  const { t } = useTranslation();
  const sent = useSentRequests();
  if (sent.isPending) return <LoadingState />;
  if (sent.isError) return <ErrorState error={sent.error} onRetry={() => void sent.refetch()} />;
  return (
    <ItemList
      items={sent.data.items}
      empty={t('people.requests.emptySent')}
      render={(request) => <SentRequestItem request={request} />}
    />
  );
}

/** `/contact-requests` (`?tab=sent`): requests to me, with my decisions as an audit, and requests I sent. */
export function ContactRequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t('people.requests.title'));
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'sent' ? 'sent' : 'received';
  const received = useReceivedRequests();
  const pending = received.data?.pending ?? 0;

  return (
    <Stack gap="lg" maw={760}>
      <Stack gap="xs">
        <Title order={1}>{t('people.requests.title')}</Title>
        <Text>{t('people.requests.intro')}</Text>
      </Stack>
      <Tabs
        value={tab}
        onChange={(value) => setParams(value === 'sent' ? { tab: 'sent' } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="received">{t('people.requests.received', { count: pending })}</Tabs.Tab>
          <Tabs.Tab value="sent">{t('people.requests.sent')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="received" pt="md">
          <ReceivedTab />
        </Tabs.Panel>
        <Tabs.Panel value="sent" pt="md">
          <SentTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
