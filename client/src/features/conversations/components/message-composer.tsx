import type { Draft } from '@commonroom/contracts';
import { Group, Stack, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchDraft } from '../../../shared/api/drafts.api';
import { LoadingState } from '../../../shared/components/loading-state';
import { BusyButton } from '../../../shared/forms/busy-button';
import { ServerMessage } from '../../../shared/forms/server-message';
import { useDraftAutosave } from '../../../shared/hooks/use-draft-autosave';
import { useIdempotencyKey } from '../../../shared/hooks/use-idempotency-key';
import { conversationKeys, useSendMessage } from '../api/conversations.queries';

interface MessageComposerProps {
  conversationId: string;
  onSent: (n: number) => void;
}

/**
 * Writing a message. The text goes through the discussion engine's write path (Markdown,
 * posting and new-member limits); a retried send carries the same Idempotency-Key, so a lost
 * answer never sends a message twice. Ctrl+Enter (⌘+Enter) sends, as in most messengers.
 * A half-written message is kept as the engine's reply draft (`reply:<id>`), as in a forum
 * thread, so it survives a reload or a change of device; sending clears it. Opens once the
 * draft (if any) has arrived.
 */
export function MessageComposer(props: MessageComposerProps) {
  const { t } = useTranslation();
  const draftKey = `reply:${props.conversationId}`;
  const draft = useQuery({
    queryKey: [...conversationKeys.all, 'draft', draftKey],
    queryFn: ({ signal }) => fetchDraft(draftKey, { signal }),
    // Always the server's latest: another device may have saved since.
    staleTime: 0,
    gcTime: 0,
  });
  if (draft.isPending) return <LoadingState label={t('conversations.composer.loadingDraft')} />;
  // Without the draft (it failed to load) the composer still works; autosave replaces it.
  return <MessageComposerForm {...props} draftKey={draftKey} restored={draft.data ?? null} />;
}

function MessageComposerForm(props: MessageComposerProps & { draftKey: string; restored: Draft | null }) {
  const { conversationId, onSent } = props;
  const { t } = useTranslation();
  const [raw, setRaw] = useState(props.restored?.raw ?? '');
  const send = useSendMessage(conversationId);
  const idempotency = useIdempotencyKey();
  const autosave = useDraftAutosave(props.draftKey, { raw }, props.restored);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (raw.trim() === '' || send.isPending) return;
    send.mutate(
      { raw, key: idempotency.keyFor(raw) },
      {
        onSuccess: (post) => {
          idempotency.reset();
          setRaw('');
          // The server dropped the draft with the send; this stops a late autosave bringing it back.
          void autosave.discard({ raw: '' });
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
          onChange={(event) => {
            setRaw(event.currentTarget.value);
            autosave.schedule();
          }}
          onBlur={() => void autosave.flush()}
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
