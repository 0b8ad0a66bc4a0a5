import type { Conversation } from '@commonroom/contracts';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerMessage } from '../../../shared/forms/server-message';
import { useAddPeople, usePeopleToAdd } from '../api/conversations.queries';

/** Finds people by name and adds them to a group conversation, one at a time. */
export function AddPeopleDialog({ conversation, onClose }: { conversation: Conversation; onClose: () => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const found = usePeopleToAdd(debounced);
  const add = useAddPeople(conversation.id);
  const inIt = new Set(conversation.participants.map((p) => p.id));
  const candidates = (found.data?.items ?? []).filter((person) => !inIt.has(person.userId)).slice(0, 8);
  return (
    <Modal opened onClose={onClose} title={t('conversations.addPeople')}>
      <Stack gap="sm">
        <TextInput
          label={t('conversations.addSearch')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          data-autofocus
        />
        {add.error && <ServerMessage error={add.error} statuses={[400, 403]} />}
        {debounced.trim().length >= 2 && found.data && candidates.length === 0 && (
          <Text c="dimmed">{t('conversations.addNobody')}</Text>
        )}
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {candidates.map((person) => (
            <Group component="li" key={person.userId} justify="space-between" wrap="nowrap">
              <Text style={{ overflowWrap: 'anywhere' }}>{person.displayName}</Text>
              <Button
                size="sm"
                variant="light"
                loading={add.isPending && add.variables?.[0] === person.userId}
                onClick={() => add.mutate([person.userId])}
                aria-label={t('conversations.addPerson', { name: person.displayName })}
              >
                {t('conversations.add')}
              </Button>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Modal>
  );
}
