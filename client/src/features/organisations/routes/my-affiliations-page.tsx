import type { Affiliation } from '@commonroom/contracts';
import { Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/components/empty-state';
import { ErrorState } from '../../../shared/components/error-state';
import { LiveMessage } from '../../../shared/components/live-message';
import { LoadingState } from '../../../shared/components/loading-state';
import { useMyAffiliations } from '../api/affiliations.queries';
import { AddAffiliationForm } from '../components/add-affiliation-form';
import { useAffiliationAddedMessage } from '../components/affiliation-status';
import { MyAffiliationList } from '../components/my-affiliation-list';
import { PageHeader } from '../components/page-header';
import { Section } from '../../../shared/components/section';

/** `/settings/affiliations`: where the person works, in what role, and since when. */
export function MyAffiliationsPage() {
  const { t } = useTranslation();
  const affiliations = useMyAffiliations();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [added, setAdded] = useState<Affiliation | null>(null);
  // A fresh, empty form after each addition.
  const [formKey, setFormKey] = useState(0);
  const addedMessage = useAffiliationAddedMessage();

  const onAdded = (affiliation: Affiliation) => {
    setAdded(affiliation);
    setFormKey((key) => key + 1);
    // The new affiliation appears in the list: go there, where the message is too.
    listHeading.current?.focus();
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('affiliations.title')}>
        <Text>{t('affiliations.intro')}</Text>
      </PageHeader>
      <Section heading={t('affiliations.list.heading')} headingRef={listHeading}>
        <LiveMessage>{added && addedMessage(added)}</LiveMessage>
        {affiliations.isPending && <LoadingState />}
        {affiliations.isError && <ErrorState error={affiliations.error} onRetry={() => void affiliations.refetch()} />}
        {affiliations.isSuccess &&
          (affiliations.data.items.length === 0 ? (
            <EmptyState title={t('affiliations.list.emptyTitle')}>{t('affiliations.list.emptyBody')}</EmptyState>
          ) : (
            <MyAffiliationList affiliations={affiliations.data.items} headingRef={listHeading} />
          ))}
      </Section>
      <Section heading={t('affiliations.add.heading')}>
        <Text>{t('affiliations.add.intro')}</Text>
        <AddAffiliationForm key={formKey} onAdded={onAdded} />
      </Section>
    </Stack>
  );
}
