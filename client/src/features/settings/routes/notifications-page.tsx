import { Alert, Button, Checkbox, Group, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { EMAIL_MODES, type EmailMode, type EmailPreferences } from '@commonroom/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/components/page-title';
import { useEmailPreferences, useSaveEmailPreferences } from '../api/email-preferences.api';

const HOURS = Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: `${String(h).padStart(2, '0')}:00` }));

/** `/settings/notifications`: how often email comes, per community, and when it may not. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('emailAlerts.title'));
  const query = useEmailPreferences();
  const save = useSaveEmailPreferences();
  const [draft, setDraft] = useState<EmailPreferences | null>(null);
  useEffect(() => setDraft(query.data ?? null), [query.data]);
  if (!draft) return <Text>{t('common.loading')}</Text>;

  const set = (change: Partial<EmailPreferences>) => setDraft({ ...draft, ...change });
  const modes = EMAIL_MODES.map((m) => ({ value: m, label: t(`emailAlerts.modes.${m}`) }));
  const weekdays = (['1', '2', '3', '4', '5', '6', '7'] as const).map((d) => ({
    value: d,
    label: t(`emailAlerts.weekdays.${d}`),
  }));
  const quiet = draft.quietStart !== null;
  const submit = () =>
    save.mutate({
      ...draft,
      communities: draft.communities.map((c) => ({ communityId: c.communityId, mode: c.mode })),
    });

  return (
    <Stack gap="lg">
      <Title order={1}>{t('emailAlerts.title')}</Title>
      <Text>{t('emailAlerts.intro')}</Text>
      <Switch
        label={t('emailAlerts.allOff')}
        description={t('emailAlerts.allOffHelp')}
        checked={draft.allOff}
        onChange={(e) => set({ allOff: e.currentTarget.checked })}
      />
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('emailAlerts.aboutYou')}
        </Title>
        <Checkbox
          label={t('emailAlerts.mentions')}
          checked={draft.mentions}
          onChange={(e) => set({ mentions: e.currentTarget.checked })}
        />
        <Checkbox
          label={t('emailAlerts.replies')}
          checked={draft.replies}
          onChange={(e) => set({ replies: e.currentTarget.checked })}
        />
      </Stack>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('emailAlerts.communities')}
        </Title>
        <Select
          label={t('emailAlerts.defaultMode')}
          description={t(`emailAlerts.modeHelp.${draft.defaultMode}`)}
          data={modes}
          value={draft.defaultMode}
          allowDeselect={false}
          onChange={(v) => v && set({ defaultMode: v as EmailMode })}
        />
        {draft.communities.map((c) => (
          <Select
            key={c.communityId}
            label={c.name}
            description={c.mode ? t(`emailAlerts.modeHelp.${c.mode}`) : t('emailAlerts.usesDefault')}
            data={[
              { value: '', label: t('emailAlerts.default', { mode: t(`emailAlerts.modes.${draft.defaultMode}`) }) },
              ...modes,
            ]}
            value={c.mode ?? ''}
            allowDeselect={false}
            onChange={(v) =>
              set({
                communities: draft.communities.map((x) =>
                  x.communityId === c.communityId ? { ...x, mode: v ? (v as EmailMode) : null } : x,
                ),
              })
            }
          />
        ))}
      </Stack>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('emailAlerts.digests')}
        </Title>
        <Group grow wrap="wrap">
          <Select
            label={t('emailAlerts.digestHour')}
            data={HOURS}
            value={String(draft.digestHour)}
            allowDeselect={false}
            onChange={(v) => v && set({ digestHour: Number(v) })}
          />
          <Select
            label={t('emailAlerts.digestWeekday')}
            data={weekdays}
            value={String(draft.digestWeekday)}
            allowDeselect={false}
            onChange={(v) => v && set({ digestWeekday: Number(v) })}
          />
        </Group>
      </Stack>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('emailAlerts.quiet')}
        </Title>
        <Switch
          label={t('emailAlerts.quietOn')}
          description={t('emailAlerts.quietHelp')}
          checked={quiet}
          onChange={(e) =>
            set(e.currentTarget.checked ? { quietStart: 21, quietEnd: 7 } : { quietStart: null, quietEnd: null })
          }
        />
        {quiet && (
          <Group grow wrap="wrap">
            <Select
              label={t('emailAlerts.quietStart')}
              data={HOURS}
              value={String(draft.quietStart)}
              allowDeselect={false}
              onChange={(v) => v && set({ quietStart: Number(v) })}
            />
            <Select
              label={t('emailAlerts.quietEnd')}
              data={HOURS}
              value={String(draft.quietEnd)}
              allowDeselect={false}
              onChange={(v) => v && set({ quietEnd: Number(v) })}
            />
          </Group>
        )}
      </Stack>
      {save.isError && <Alert color="red">{t('emailAlerts.saveFailed')}</Alert>}
      {save.isSuccess && <Alert color="green">{t('emailAlerts.saved')}</Alert>}
      <Group>
        <Button onClick={submit} loading={save.isPending}>
          {t('emailAlerts.save')}
        </Button>
      </Group>
    </Stack>
  );
}
