import { TextInput, type TextInputProps } from '@mantine/core';

interface SecurityCodeFieldProps extends TextInputProps {
  /** Only the 6 digits of an authenticator app (no recovery codes): shows the number pad. */
  digitsOnly?: boolean;
}

/**
 * A box for an authenticator code: phones offer the code from a message or app
 * (`one-time-code`), and nothing capitalises or "corrects" a recovery code as it is typed.
 */
export function SecurityCodeField({ digitsOnly = false, ...props }: SecurityCodeFieldProps) {
  return (
    <TextInput
      autoComplete="one-time-code"
      autoCapitalize="none"
      spellCheck={false}
      required
      {...(digitsOnly ? { inputMode: 'numeric' as const, maxLength: 6 } : {})}
      {...props}
    />
  );
}
