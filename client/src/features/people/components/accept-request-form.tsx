import { acceptContactRequestSchema } from '@commonroom/contracts';
import { Button, Checkbox, Group, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { BusyButton } from '../../../shared/forms/busy-button';
import { useAcceptContactRequest } from '../api/people.queries';
import { ContactError } from './contact-error';

interface AcceptRequestFormProps {
  requestId: string;
  senderName: string;
  onCancel: () => void;
}

/** Accepting means choosing what to reveal: my contact email, my phone, a note — at least one. */
export function AcceptRequestForm({ requestId, senderName, onCancel }: AcceptRequestFormProps) {
  const { t } = useTranslation();
  const accept = useAcceptContactRequest();
  const navigate = useNavigate();
  const [share, setShare] = useState<string[]>(['email']);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = acceptContactRequestSchema.safeParse({
      shareEmail: share.includes('email'),
      sharePhone: share.includes('phone'),
      note: note.trim() || null,
    });
    setProblem(parsed.success ? null : (parsed.error.issues[0]?.message ?? null));
    // Accepting opens a private conversation with the sender: go straight there.
    if (parsed.success && !accept.isPending)
      accept.mutate(
        { id: requestId, request: parsed.data },
        { onSuccess: ({ conversationId }) => void navigate(paths.conversation(conversationId)) },
      );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Checkbox.Group
          label={t('people.requests.shareLabel', { name: senderName })}
          value={share}
          onChange={setShare}
          error={problem}
        >
          <Stack gap={6} mt={6}>
            <Checkbox value="email" label={t('people.requests.shareEmail')} />
            <Checkbox value="phone" label={t('people.requests.sharePhone')} />
          </Stack>
        </Checkbox.Group>
        <Textarea
          label={t('people.requests.note')}
          description={t('people.requests.noteHint')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={300}
          rows={4}
        />
        <ContactError error={accept.error} />
        <Group>
          <BusyButton type="submit" busy={accept.isPending} busyLabel={t('people.requests.accepting')}>
            {t('people.requests.confirmAccept')}
          </BusyButton>
          <Button variant="default" onClick={onCancel}>
            {t('people.contact.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
