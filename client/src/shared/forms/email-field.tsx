import { TextInput, type TextInputProps } from '@mantine/core';

/**
 * An email address box: the email keyboard on phones, and the browser's own address
 * suggestions. Every form that asks for an address uses it, so they behave alike.
 */
export function EmailField(props: TextInputProps) {
  return <TextInput type="email" autoComplete="email" inputMode="email" required {...props} />;
}
