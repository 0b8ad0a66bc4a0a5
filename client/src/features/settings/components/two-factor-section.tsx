import type { CurrentUser } from '@commonroom/contracts';
import { Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../../shared/components/live-message';
import { BusyButton } from '../../../shared/forms/busy-button';
import { FormError } from '../../../shared/forms/form-error';
import { useStartTwoFactorSetup } from '../api/account.queries';
import { RecoveryCodesPanel } from './recovery-codes-panel';
import { Section } from '../../../shared/components/section';
import { TwoFactorManage } from './two-factor-manage';
import { TwoFactorSetupForm } from './two-factor-setup-form';

/**
 * Two-step sign-in: off → set up (QR code, check a code) → recovery codes, shown once → on.
 * The codes stay on screen until the person says they have saved them, even though the
 * account already has two-step sign-in on by then.
 */
export function TwoFactorSection({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const setup = useStartTwoFactorSetup();
  const [codes, setCodes] = useState<{ codes: string[]; justEnabled: boolean } | null>(null);
  // Said here, not in the part that is replaced once two-step sign-in is off.
  const [turnedOff, setTurnedOff] = useState(false);
  // Each step replaces the one before, and the button that had focus with it.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = () => headingRef.current?.focus();

  const content = () => {
    if (codes) {
      const done = () => {
        setCodes(null);
        focusHeading();
      };
      return <RecoveryCodesPanel codes={codes.codes} justEnabled={codes.justEnabled} onDone={done} />;
    }
    if (user.twoFactorEnabled) {
      return (
        <TwoFactorManage
          onNewCodes={(next) => setCodes({ codes: next, justEnabled: false })}
          onDisabled={() => {
            setTurnedOff(true);
            focusHeading();
          }}
        />
      );
    }
    if (setup.isSuccess) {
      return (
        <TwoFactorSetupForm
          setup={setup.data}
          onEnabled={(next) => {
            setup.reset();
            setCodes({ codes: next, justEnabled: true });
          }}
          onCancel={() => {
            setup.reset();
            focusHeading();
          }}
        />
      );
    }
    return (
      <>
        <Text>{t('settings.twoFactor.off')}</Text>
        <FormError error={setup.error} />
        <div>
          <BusyButton
            busy={setup.isPending}
            busyLabel={t('settings.twoFactor.starting')}
            onClick={() => {
              setTurnedOff(false);
              setup.mutate();
            }}
          >
            {t('settings.twoFactor.start')}
          </BusyButton>
        </div>
      </>
    );
  };

  return (
    <Section heading={t('settings.twoFactor.heading')} headingRef={headingRef}>
      <LiveMessage>{turnedOff && !user.twoFactorEnabled && t('settings.twoFactor.disabled')}</LiveMessage>
      {content()}
    </Section>
  );
}
