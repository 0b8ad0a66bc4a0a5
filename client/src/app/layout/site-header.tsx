import { Anchor, Burger, Container, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AccountMenu, useCurrentUser } from '../../features/auth';
import { NeedsCount } from '../../features/home';
import { ContactRequestsMenuItem } from '../../features/people';
import { GlobalSearchBox } from '../../features/search';
import { paths } from '../../shared/routing/paths';
import { PrimaryNav } from './primary-nav';

export const MOBILE_NAV_ID = 'mobile-navigation';

interface SiteHeaderProps {
  menuOpen: boolean;
  onToggleMenu: () => void;
}

export function SiteHeader({ menuOpen, onToggleMenu }: SiteHeaderProps) {
  const { t } = useTranslation();
  const signedIn = Boolean(useCurrentUser());
  return (
    // Same container as <main>, so the name lines up with the page's content.
    <Container size="lg" h="100%">
      <Group h="100%" justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Burger
            opened={menuOpen}
            onClick={onToggleMenu}
            hiddenFrom="sm"
            size="sm"
            aria-label={t('app.nav.menu')}
            aria-expanded={menuOpen}
            aria-controls={MOBILE_NAV_ID}
          />
          <Anchor component={Link} to={paths.home} fw={800} fz="xl" underline="never" c="commonroom.9">
            {t('app.name')}
          </Anchor>
        </Group>
        <Group gap="md" wrap="nowrap">
          <Group visibleFrom="sm">
            <PrimaryNav orientation="horizontal" />
          </Group>
          {signedIn && (
            <Group visibleFrom="md">
              <GlobalSearchBox />
            </Group>
          )}
          <NeedsCount />
          <AccountMenu items={<ContactRequestsMenuItem />} />
        </Group>
      </Group>
    </Container>
  );
}
