import type { SharedContact as SharedContactData } from '@commonroom/contracts';
import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The contact route a person chose to share when they accepted: email as a mailto link, phone, note. */
export function SharedContact({ contact }: { contact: SharedContactData }) {
  const { t } = useTranslation();
  return (
    <List spacing={4} listStyleType="none" p={0} aria-label={t('people.contact.sharedLabel')}>
      {contact.email && (
        <List.Item>
          {t('people.contact.email')} <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
        </List.Item>
      )}
      {contact.phone && (
        <List.Item>
          {t('people.contact.phone')}{' '}
          <Anchor href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</Anchor>
        </List.Item>
      )}
      {contact.note && (
        <List.Item>
          <Text span>{t('people.contact.note')} </Text>
          <Text span fs="italic">
            {contact.note}
          </Text>
        </List.Item>
      )}
    </List>
  );
}
