import { WATCH_LEVELS, type WatchLevel } from '@commonroom/contracts';
import { Button, Menu, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth';

interface WatchLevelMenuProps {
  level: WatchLevel;
  /** What is watched, for the accessible name ("Notifications: Normal, for Behaviour": visible text first). */
  subject: string;
  busy: boolean;
  onChange: (level: WatchLevel) => void;
}

/**
 * Mute / normal / tracking / watching, as a menu of radio items that says what each one does, in the
 * app and by email (the rules of `server/src/modules/notifications/notification-rules.ts`).
 * Notifications are for people with an account: a signed-out reader (public reading) has none.
 */
export function WatchLevelMenu({ level, subject, busy, onChange }: WatchLevelMenuProps) {
  const { t } = useTranslation();
  if (useCurrentUser() === null) return null;
  return (
    <Menu position="bottom-end" width={300} closeOnItemClick>
      <Menu.Target>
        <Button
          variant="default"
          size="compact-sm"
          aria-busy={busy || undefined}
          aria-label={t('forums.watch.buttonLabel', { subject, level: t(`forums.watch.levels.${level}.label`) })}
        >
          {t('forums.watch.button', { level: t(`forums.watch.levels.${level}.label`) })}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('forums.watch.menuLabel')}</Menu.Label>
        <Menu.RadioGroup value={level} onChange={(value) => value !== level && onChange(value as WatchLevel)}>
          {WATCH_LEVELS.map(({ id }) => (
            <Menu.RadioItem key={id} value={id} closeMenuOnClick>
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {t(`forums.watch.levels.${id}.label`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`forums.watch.levels.${id}.description`)}
                </Text>
                <Text size="xs">{t(`forums.watch.levels.${id}.inApp`)}</Text>
                <Text size="xs">{t(`forums.watch.levels.${id}.email`)}</Text>
              </Stack>
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
      </Menu.Dropdown>
    </Menu>
  );
}
