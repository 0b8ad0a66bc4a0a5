import type { Agreement, OrganisationRef } from '@commonroom/contracts';
import { Box, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../../shared/components/live-message';
import { BusyButton } from '../../../shared/forms/busy-button';
import { FormError } from '../../../shared/forms/form-error';
import { useAgreeToVersion } from '../api/partnerships.queries';
import { NewVersionForm } from './agreement-forms';
import { AgreementVersionView } from './agreement-version';
import { FormDisclosure } from './form-disclosure';

interface AgreementCardProps {
  slug: string;
  agreement: Agreement;
  /** Member organisations the viewer may agree for. */
  canAgreeFor: OrganisationRef[];
  canManage: boolean;
}

/** An agreement: its current version to agree to, earlier versions, and (for the lead) a new version. */
export function AgreementCard({ slug, agreement, canAgreeFor, canManage }: AgreementCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState('');
  // Newest first, as the server sends them; the current one is shown open.
  const current = agreement.versions.find((version) => version.version === agreement.currentVersion);
  const earlier = agreement.versions.filter((version) => version !== current);

  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="md">
        <Title order={3} size="h4" id={headingId} ref={headingRef} tabIndex={-1}>
          {agreement.title}
        </Title>
        {current && (
          <AgreeButtons
            slug={slug}
            agreement={agreement}
            canAgreeFor={canAgreeFor}
            headingRef={headingRef}
            onAgreed={setMessage}
          />
        )}
        {current && <AgreementVersionView version={current} current />}
        {earlier.length > 0 && (
          <Box component="details">
            <Text component="summary" fw={600} style={{ cursor: 'pointer' }}>
              {t('partnerships.agreements.earlier', { count: earlier.length })}
            </Text>
            <Stack gap="lg" mt="md">
              {earlier.map((version) => (
                <AgreementVersionView key={version.version} version={version} current={false} />
              ))}
            </Stack>
          </Box>
        )}
        {canManage && (
          <FormDisclosure
            openLabel={t('partnerships.agreements.newVersion')}
            doneFocusRef={headingRef}
            onOpen={() => setMessage('')}
          >
            {(close) => (
              <NewVersionForm
                slug={slug}
                agreement={agreement}
                onDone={(updated) => {
                  setMessage(t('partnerships.agreements.versionPublished', { version: updated.currentVersion }));
                  close(true);
                }}
                onCancel={() => close(false)}
              />
            )}
          </FormDisclosure>
        )}
        <LiveMessage>{message}</LiveMessage>
      </Stack>
    </Paper>
  );
}

interface AgreeButtonsProps extends Omit<AgreementCardProps, 'canManage'> {
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAgreed: (message: string) => void;
}

/** "Agree on behalf of …", once for each organisation the viewer speaks for that has not agreed yet. */
function AgreeButtons({ slug, agreement, canAgreeFor, headingRef, onAgreed }: AgreeButtonsProps) {
  const { t } = useTranslation();
  const agree = useAgreeToVersion(slug, agreement.id);
  const version = agreement.currentVersion;
  const acceptances = agreement.versions.find((entry) => entry.version === version)?.acceptances ?? [];
  const waiting = canAgreeFor.filter(
    (organisation) => !acceptances.some((entry) => entry.organisation.id === organisation.id),
  );
  if (waiting.length === 0 && !agree.error) return null;

  const onAgree = (organisation: OrganisationRef) => {
    if (agree.isPending) return;
    agree.mutate(
      { version, organisationId: organisation.id },
      {
        onSuccess: () => {
          onAgreed(
            t('partnerships.agreements.agreed', { organisation: organisation.name, version, title: agreement.title }),
          );
          headingRef.current?.focus();
        },
      },
    );
  };

  return (
    <Stack gap="xs" align="flex-start">
      <Text>{t('partnerships.agreements.waiting', { version })}</Text>
      {waiting.map((organisation) => (
        <BusyButton
          key={organisation.id}
          busy={agree.isPending && agree.variables.organisationId === organisation.id}
          busyLabel={t('partnerships.agreements.agreeing')}
          onClick={() => onAgree(organisation)}
        >
          {t('partnerships.agreements.agree', { organisation: organisation.name })}
        </BusyButton>
      ))}
      <FormError error={agree.error} />
    </Stack>
  );
}
