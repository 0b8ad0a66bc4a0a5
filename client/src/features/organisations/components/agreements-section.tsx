import type { PartnershipDetail } from '@commonroom/contracts';
import { Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/error-state';
import { LiveMessage } from '../../../shared/components/live-message';
import { LoadingState } from '../../../shared/components/loading-state';
import { useAgreements } from '../api/partnerships.queries';
import { AgreementCard } from './agreement-card';
import { CreateAgreementForm } from './agreement-forms';
import { FormDisclosure } from './form-disclosure';
import { Section } from '../../../shared/components/section';

/** The partnership's agreements, for its members: each a versioned document to agree to. */
export function AgreementsSection({ partnership }: { partnership: PartnershipDetail }) {
  const { t } = useTranslation();
  const { viewer, slug } = partnership;
  const agreements = useAgreements(slug);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState('');

  return (
    <Section heading={t('partnerships.agreements.heading')} headingRef={headingRef}>
      {agreements.isPending && <LoadingState />}
      {agreements.isError && <ErrorState error={agreements.error} onRetry={() => void agreements.refetch()} />}
      {agreements.isSuccess && agreements.data.items.length === 0 && <Text>{t('partnerships.agreements.empty')}</Text>}
      {agreements.isSuccess && (
        <Stack gap="md">
          {agreements.data.items.map((agreement) => (
            <AgreementCard
              key={agreement.id}
              slug={slug}
              agreement={agreement}
              canAgreeFor={viewer.canAgreeFor}
              canManage={viewer.canManage}
            />
          ))}
        </Stack>
      )}
      {viewer.canManage && (
        <FormDisclosure
          openLabel={t('partnerships.agreements.new')}
          doneFocusRef={headingRef}
          onOpen={() => setMessage('')}
        >
          {(close) => (
            <CreateAgreementForm
              slug={slug}
              onDone={(agreement) => {
                setMessage(t('partnerships.agreements.created', { title: agreement.title }));
                close(true);
              }}
              onCancel={() => close(false)}
            />
          )}
        </FormDisclosure>
      )}
      <LiveMessage>{message}</LiveMessage>
    </Section>
  );
}
