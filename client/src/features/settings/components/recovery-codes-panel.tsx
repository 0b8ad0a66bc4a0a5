import { Alert, Anchor, Button, Checkbox, CopyButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LeaveWithoutSavingDialog } from './leave-without-saving-dialog';

interface RecoveryCodesPanelProps {
  codes: string[];
  /** True right after turning two-step sign-in on, to say so. */
  justEnabled: boolean;
  onDone: () => void;
}

/**
 * The recovery codes, shown once. The person has to tick "I have saved these" to finish, and is
 * asked before leaving the page without doing so.
 */
export function RecoveryCodesPanel({ codes, justEnabled, onDone }: RecoveryCodesPanelProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const [showRequired, setShowRequired] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const text = [t('settings.recoveryCodes.fileIntro'), '', ...codes, ''].join('\n');

  // The form that led here has gone; start at the top of what replaced it.
  useEffect(() => headingRef.current?.focus(), []);

  const finish = () => {
    if (saved) {
      onDone();
      return;
    }
    setShowRequired(true);
    checkboxRef.current?.focus();
  };

  return (
    <Stack gap="md">
      <Title order={3} size="h4" ref={headingRef} tabIndex={-1}>
        {t('settings.recoveryCodes.heading')}
      </Title>
      {justEnabled && <Text fw={700}>{t('settings.recoveryCodes.enabled')}</Text>}
      <Text>{t('settings.recoveryCodes.intro')}</Text>
      <Alert color="yellow" variant="light" role="note">
        {t('settings.recoveryCodes.storeSafely')}
      </Alert>
      <List aria-label={t('settings.recoveryCodes.listLabel')} ff="monospace" fz="lg" listStyleType="none" spacing={4}>
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group>
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy} aria-live="polite">
              {copied ? t('settings.recoveryCodes.copied') : t('settings.recoveryCodes.copy')}
            </Button>
          )}
        </CopyButton>
        <Anchor
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download="commonroom-recovery-codes.txt"
        >
          {t('settings.recoveryCodes.download')}
        </Anchor>
      </Group>
      <Checkbox
        ref={checkboxRef}
        checked={saved}
        onChange={(event) => {
          setSaved(event.currentTarget.checked);
          setShowRequired(false);
        }}
        label={t('settings.recoveryCodes.acknowledge')}
        error={showRequired ? t('settings.recoveryCodes.acknowledgeRequired') : undefined}
        aria-invalid={showRequired || undefined}
      />
      <div>
        <Button onClick={finish}>{t('settings.recoveryCodes.done')}</Button>
      </div>
      <LeaveWithoutSavingDialog active={!saved} />
    </Stack>
  );
}
