import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../shared/forms/busy-button';
import { useDeclineContactRequest } from '../api/people.queries';
import { ContactError } from './contact-error';

/** A decline is silent for the sender; blocking also stops them asking again. */
export function DeclineRequestForm({
  requestId,
  senderName,
  onCancel,
}: {
  requestId: string;
  senderName: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const decline = useDeclineContactRequest();
  const [block, setBlock] = useState(false);
  return (
    <Stack gap="sm">
      <Text size="sm">{t('people.requests.declineExplain', { name: senderName })}</Text>
      <Checkbox
        label={t('people.requests.block', { name: senderName })}
        checked={block}
        onChange={(event) => setBlock(event.currentTarget.checked)}
      />
      <ContactError error={decline.error} />
      <Group>
        <BusyButton
          busy={decline.isPending}
          busyLabel={t('people.requests.declining')}
          onClick={() => decline.mutate({ id: requestId, block })}
        >
          {t('people.requests.confirmDecline')}
        </BusyButton>
        <Button variant="default" onClick={onCancel}>
          {t('people.contact.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
