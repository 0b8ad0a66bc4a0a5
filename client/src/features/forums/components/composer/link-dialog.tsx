import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { webAddress } from './markdown-format';

interface LinkDialogProps {
  opened: boolean;
  /** The text selected in the composer, offered as the link's text. */
  initialText: string;
  onClose: () => void;
  onInsert: (text: string, url: string) => void;
}

/** The Link button's dialog: the words to show and the web address, checked before anything is inserted. */
export function LinkDialog({ opened, initialText, onClose, onInsert }: LinkDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('forums.composer.linkDialog.title')}
      centered
      closeButtonProps={{ 'aria-label': t('forums.common.close') }}
    >
      {/* Mounted per opening, so each one starts from the current selection. */}
      {opened && <LinkForm initialText={initialText} onClose={onClose} onInsert={onInsert} />}
    </Modal>
  );
}

function LinkForm({ initialText, onClose, onInsert }: Omit<LinkDialogProps, 'opened'>) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialText);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);

  const insert = () => {
    const url = webAddress(address);
    if (!url) {
      setError(t(address.trim() ? 'forums.composer.linkDialog.invalid' : 'forums.composer.linkDialog.missing'));
      return;
    }
    onInsert(text, url);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // The dialog sits inside the composer's form: this submit is the dialog's own.
        event.stopPropagation();
        insert();
      }}
    >
      <Stack gap="md">
        <TextInput
          label={t('forums.composer.linkDialog.text')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <TextInput
          label={t('forums.composer.linkDialog.address')}
          description={t('forums.composer.linkDialog.addressHint')}
          type="url"
          inputMode="url"
          required
          value={address}
          error={error}
          onChange={(event) => {
            setAddress(event.currentTarget.value);
            setError(null);
          }}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('forums.common.cancel')}
          </Button>
          <Button type="submit">{t('forums.composer.linkDialog.insert')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
