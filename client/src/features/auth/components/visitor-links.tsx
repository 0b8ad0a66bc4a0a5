import { Anchor, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { signInHref } from '../../../shared/routing/return-to';
import { useSession } from '../api/session';

/**
 * "Sign in" and "Create account" in the header for visitors; nothing while the session loads or
 * once someone is signed in (the account menu is theirs). Apart from the menu, so a visitor's page
 * does not load the menu's code.
 */
export function VisitorLinks() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending || session.data?.user) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Anchor component={Link} to={signInLink(location.pathname, location.search)} className="primary-nav-link">
        {t('app.account.signIn')}
      </Anchor>
      <Button component={Link} to={paths.signUp} variant="light" size="sm" px={{ base: 8, sm: 'md' }}>
        {t('app.account.signUp')}
      </Button>
    </Group>
  );
}

/** Signing in from a page comes back to it; from the home page or the account pages, plain. */
function signInLink(pathname: string, search: string): string {
  const accountPages: string[] = [
    paths.home,
    paths.signIn,
    paths.signUp,
    paths.forgotPassword,
    paths.resetPassword,
    paths.verifyEmail,
  ];
  return accountPages.includes(pathname) ? paths.signIn : signInHref(pathname + search);
}
