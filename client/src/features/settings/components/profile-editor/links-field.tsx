import type { ProfileLink } from '@commonroom/contracts';
import { Button, Fieldset, Group, Input, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const MAX_LINKS = 5;

interface LinksFieldProps {
  links: ProfileLink[];
  onChange: (links: ProfileLink[]) => void;
  error?: string | undefined;
}

/** Up to five labelled links, e.g. the person's page on their school's own site. */
export function LinksField({ links, onChange, error }: LinksFieldProps) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<ProfileLink>) =>
    onChange(links.map((link, i) => (i === index ? { ...link, ...patch } : link)));
  return (
    <Fieldset legend={t('profileEditor.fields.links')} variant="unstyled">
      <Stack gap="xs">
        {links.map((link, index) => (
          <Group key={index} align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label={t('profileEditor.linkLabel', { number: index + 1 })}
              value={link.label}
              maxLength={60}
              onChange={(e) => change(index, { label: e.currentTarget.value })}
              flex={1}
              miw={140}
            />
            <TextInput
              label={t('profileEditor.linkUrl', { number: index + 1 })}
              type="url"
              value={link.url}
              maxLength={500}
              placeholder="https://"
              onChange={(e) => change(index, { url: e.currentTarget.value })}
              flex={2}
              miw={200}
            />
            <Button
              variant="default"
              onClick={() => onChange(links.filter((_, i) => i !== index))}
              aria-label={t('profileEditor.removeLink', { number: index + 1 })}
            >
              {t('profileEditor.remove')}
            </Button>
          </Group>
        ))}
        {error && <Input.Error>{error}</Input.Error>}
        {links.length < MAX_LINKS && (
          <Button variant="default" onClick={() => onChange([...links, { label: '', url: '' }])} w="fit-content">
            {t('profileEditor.addLink')}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}
