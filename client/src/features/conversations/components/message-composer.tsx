import { Group, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../shared/forms/busy-button';
import { ServerMessage } from '../../../shared/forms/server-message';
import { useIdempotencyKey } from '../../../shared/hooks/use-idempotency-key';
import { useSendMessage } from '../api/conversations.queries';

/**
 * Writing a message. The text goes through the discussion engine's write path (Markdown,
 * posting and new-member limits); a retried send carries the same Idempotency-Key, so a lost
 * answer never sends a message twice. Ctrl+Enter (⌘+Enter) sends, as in most messengers.
 */
export function MessageComposer({ conversationId, onSent }: { conversationId: string; onSent: (n: number) => void }) {
  const { t } = useTranslation();
  const [raw, setRaw] = useState('');
  const send = useSendMessage(conversationId);
  const idempotency = useIdempotencyKey();

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (raw.trim() === '' || send.isPending) return;
    send.mutate(
      { raw, key: idempotency.keyFor(raw) },
      {
        onSuccess: (post) => {
          idempotency.reset();
          setRaw('');
          onSent(post.number);
        },
      },
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Textarea
          label={t('conversations.composer.label')}
          description={t('conversations.composer.hint')}
          value={raw}
          onChange={(event) => setRaw(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          rows={3}
        />
        {send.error && <ServerMessage error={send.error} statuses={[403, 409, 429]} />}
        <Group justify="flex-end">
          <BusyButton type="submit" busy={send.isPending} busyLabel={t('conversations.composer.sending')}>
            {t('conversations.composer.send')}
          </BusyButton>
        </Group>
      </Stack>
    </form>
  );
}
