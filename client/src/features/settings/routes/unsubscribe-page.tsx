import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '../../../shared/components/page-title';
import { paths } from '../../../shared/routing/paths';
import { useUnsubscribe, useUnsubscribeDescription } from '../api/email-preferences.api';

/** `/unsubscribe?token=`: works signed out. Opening it changes nothing; the button does. */
export function UnsubscribePage() {
  const { t } = useTranslation();
  usePageTitle(t('unsubscribe.title'));
  const token = useSearchParams()[0].get('token') ?? '';
  const description = useUnsubscribeDescription(token);
  const action = useUnsubscribe(token);
  const preferences = (
    <Anchor component={Link} to={paths.settingsNotifications}>
      {t('unsubscribe.preferences')}
    </Anchor>
  );

  if (!token || description.isError)
    return (
      <Stack gap="md" maw={560}>
        <Title order={1}>{t('unsubscribe.title')}</Title>
        <Alert color="red">{t('unsubscribe.invalid')}</Alert>
        <Text>{preferences}</Text>
      </Stack>
    );
  if (!description.data) return <Text>{t('common.loading')}</Text>;
  const { scope, name, done } = description.data;
  const what = t(`unsubscribe.what.${scope}`, { name: name ?? t(`unsubscribe.unnamed.${scope}`) });
  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>{t('unsubscribe.title')}</Title>
      {done ? (
        <>
          <Alert color="green">{t('unsubscribe.done', { what })}</Alert>
          <Group>
            <Button variant="default" onClick={() => action.mutate(true)} loading={action.isPending}>
              {t('unsubscribe.undo')}
            </Button>
          </Group>
        </>
      ) : (
        <>
          <Text>{t('unsubscribe.ask', { what })}</Text>
          <Group>
            <Button onClick={() => action.mutate(false)} loading={action.isPending}>
              {t('unsubscribe.confirm')}
            </Button>
          </Group>
        </>
      )}
      {action.isError && <Alert color="red">{t('unsubscribe.failed')}</Alert>}
      <Text>{preferences}</Text>
    </Stack>
  );
}
