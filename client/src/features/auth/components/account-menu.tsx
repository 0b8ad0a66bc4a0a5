import { Box, Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PersonAvatar } from '../../../shared/components/person-avatar';
import { paths } from '../../../shared/routing/paths';
import { useSignOut } from '../api/auth.queries';
import { useSession } from '../api/session';
import { VisitorLinks } from './visitor-links';

/**
 * The header's account corner: "Sign in" and "Create account" for visitors, the person's name
 * as a menu (Settings, Sign out) once signed in. Empty while the session loads, so it never
 * flashes the wrong one. `items` are other features' entries (contact requests), given by the app
 * so auth need not import them.
 */
export function AccountMenu({ items }: { items?: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const signOut = useSignOut();
  if (session.isPending) return null;

  const user = session.data?.user;
  if (!user) return <VisitorLinks />;

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* On a phone the initials, not a name cut short; the accessible name says whose it is. */}
        <Button
          variant="subtle"
          aria-label={t('app.account.menu', { name: user.displayName })}
          maw={240}
          px={{ base: 4, sm: 'sm' }}
        >
          <Box component="span" hiddenFrom="sm">
            <PersonAvatar name={user.displayName} size={32} />
          </Box>
          <Box component="span" visibleFrom="sm">
            {user.displayName}
          </Box>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to={paths.settings}>
          {t('app.account.settings')}
        </Menu.Item>
        {items}
        <Menu.Item onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          {t('app.account.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
