import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PasswordFieldProps extends PasswordInputProps {
  autoComplete: 'current-password' | 'new-password';
}

/**
 * A password box with a "Show password" toggle that keyboard and screen-reader users can reach
 * (Mantine's default skips it in the tab order), so people on phones can check what they typed.
 * Mantine marks an invalid password box only visually; aria-invalid says it to screen readers.
 */
export function PasswordField(props: PasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('forms.showPassword') }}
      aria-invalid={props.error ? true : undefined}
      {...props}
    />
  );
}
