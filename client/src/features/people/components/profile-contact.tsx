import type { ProfileView } from '@commonroom/contracts';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LiveMessage } from '../../../shared/components/live-message';
import { Section } from '../../../shared/components/section';
import { paths } from '../../../shared/routing/paths';
import { useSentRequests } from '../api/people.queries';
import { ContactRequestDialog } from './contact-request-dialog';
import { SharedContact } from './shared-contact';

/**
 * How the viewer can reach the person: ask (when allowed), wait for a reply, or — once accepted —
 * the contact route the person chose to share, which only the sent-requests list carries.
 */
export function ProfileContact({ profile }: { profile: ProfileView }) {
  const { t } = useTranslation();
  const [opened, dialog] = useDisclosure(false);
  const [justSent, setJustSent] = useState(false);
  const { viewer } = profile;
  const request = viewer.contactRequest;
  const sent = useSentRequests({ enabled: request?.status === 'accepted' });
  const shared = sent.data?.items.find((item) => item.id === request?.id)?.sharedContact;

  if (viewer.relation === 'self') {
    return (
      <Anchor component={Link} to={paths.settingsProfile}>
        {t('people.profile.editOwn')}
      </Anchor>
    );
  }
  if (viewer.relation === 'public') return null;

  return (
    <Section heading={t('people.contact.heading')}>
      <Stack gap="sm" align="flex-start">
        {request?.status === 'pending' && <Text>{t('people.contact.pending')}</Text>}
        {request?.status === 'accepted' && (
          <>
            <Text>{t('people.contact.accepted', { name: profile.displayName })}</Text>
            {shared && <SharedContact contact={shared} />}
          </>
        )}
        {viewer.canRequestContact && (
          <>
            <Text size="sm">{t('people.contact.explain')}</Text>
            <Button onClick={dialog.open}>{t('people.contact.ask')}</Button>
            <ContactRequestDialog
              userId={profile.userId}
              name={profile.displayName}
              opened={opened}
              onClose={dialog.close}
              onSent={() => {
                setJustSent(true);
                dialog.close();
              }}
            />
          </>
        )}
        <LiveMessage>{justSent && t('people.contact.sent', { name: profile.displayName })}</LiveMessage>
      </Stack>
    </Section>
  );
}
