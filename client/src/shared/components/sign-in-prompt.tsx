import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../routing/paths';
import { signInHref } from '../routing/return-to';

interface SignInPromptProps {
  /** Where sign-in brings the person back to: the page (and post) they were sent to. */
  returnTo: string;
  /** What signing in is for, e.g. "Sign in to read this discussion." */
  message: string;
  /** The sign-in button's words. */
  action: string;
}

/** For a signed-out visitor: why to sign in, a sign-in that comes back here, and "Create account". */
export function SignInPrompt({ returnTo, message, action }: SignInPromptProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text>{message}</Text>
      <Group gap="sm">
        <Button component={Link} to={signInHref(returnTo)}>
          {action}
        </Button>
        <Button component={Link} to={paths.signUp} variant="default">
          {t('publicReading.createAccount')}
        </Button>
      </Group>
    </Stack>
  );
}
