import { CONTACT_MESSAGE_MAX, sendContactRequestSchema } from '@commonroom/contracts';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../shared/forms/busy-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { useIdempotencyKey } from '../../../shared/hooks/use-idempotency-key';
import { useSendContactRequest } from '../api/people.queries';
import { ContactError } from './contact-error';

interface ContactRequestDialogProps {
  userId: string;
  name: string;
  opened: boolean;
  onClose: () => void;
  onSent: () => void;
}

/**
 * "Ask to get in touch": a short message, checked with the contract's schema before it goes.
 * The same message retried (a lost answer) carries the same Idempotency-Key, so it is sent once.
 */
export function ContactRequestDialog({ userId, name, opened, onClose, onSent }: ContactRequestDialogProps) {
  const { t } = useTranslation();
  const send = useSendContactRequest(userId);
  const idempotency = useIdempotencyKey();
  const form = useSchemaForm({ schema: sendContactRequestSchema, initialValues: { message: '' } });

  const submit = form.handleSubmit((request) => {
    if (send.isPending) return;
    send.mutate(
      { request, idempotencyKey: idempotency.keyFor(request.message) },
      {
        onSuccess: () => {
          idempotency.reset();
          form.setValue('message', '');
          onSent();
        },
        onError: form.showServerError,
      },
    );
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('people.contact.dialogTitle', { name })}
      closeButtonProps={{ 'aria-label': t('people.contact.close') }}
      centered
    >
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('people.contact.dialogIntro', { name })}</Text>
          <Textarea
            name="message"
            label={t('people.contact.message')}
            description={t('people.contact.messageHint', { max: CONTACT_MESSAGE_MAX })}
            value={form.values.message}
            error={form.errors.message}
            onChange={(event) => form.setValue('message', event.currentTarget.value)}
            rows={4}
            maxLength={CONTACT_MESSAGE_MAX}
            required
            data-autofocus
          />
          <ContactError error={form.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('people.contact.cancel')}
            </Button>
            <BusyButton type="submit" busy={send.isPending} busyLabel={t('people.contact.sending')}>
              {t('people.contact.send')}
            </BusyButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
