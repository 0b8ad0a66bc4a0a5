import { ActionIcon, Anchor, Box, Burger, CloseButton, Container, Group } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser, VisitorLinks } from '../../features/auth';
import { paths } from '../../shared/routing/paths';
import { SearchBox, SignedInAccount } from './lazy-signed-in-tools';
import { PrimaryNav } from './primary-nav';
import { LineIcon } from '../../shared/components/line-icon';

export const MOBILE_NAV_ID = 'mobile-navigation';

interface SiteHeaderProps {
  menuOpen: boolean;
  onToggleMenu: () => void;
  /** Below `md` the search box takes the whole header while open. */
  searchOpen: boolean;
  onToggleSearch: () => void;
}

export function SiteHeader({ menuOpen, onToggleMenu, searchOpen, onToggleSearch }: SiteHeaderProps) {
  const { t } = useTranslation();
  const signedIn = Boolean(useCurrentUser());
  if (signedIn && searchOpen) return <PhoneSearch onClose={onToggleSearch} />;
  return (
    // Same container as <main>, so the name lines up with the page's content.
    <Container size="lg" h="100%" px={{ base: 'xs', sm: 'md' }}>
      <Group h="100%" justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={4} wrap="nowrap">
          <Burger
            opened={menuOpen}
            onClick={onToggleMenu}
            hiddenFrom="sm"
            size="sm"
            aria-label={t('app.nav.menu')}
            aria-expanded={menuOpen}
            aria-controls={MOBILE_NAV_ID}
          />
          <Anchor
            component={Link}
            to={paths.home}
            fw={800}
            fz={{ base: 'md', xs: 'lg', sm: 'xl' }}
            underline="never"
            c="commonroom.9"
            className="site-name"
          >
            {t('app.name')}
          </Anchor>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Group visibleFrom="sm">
            <PrimaryNav orientation="horizontal" />
          </Group>
          {signedIn && (
            <>
              <Group visibleFrom="md">
                <SearchBox />
              </Group>
              <ActionIcon
                hiddenFrom="md"
                variant="subtle"
                size={40}
                aria-label={t('app.nav.search')}
                aria-expanded={false}
                onClick={onToggleSearch}
              >
                <SearchIcon />
              </ActionIcon>
            </>
          )}
          {signedIn ? <SignedInAccount /> : <VisitorLinks />}
        </Group>
      </Group>
    </Container>
  );
}

/** The phone header while searching: the site's search box across the header, and a way back. */
function PhoneSearch({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const boxRef = useRef<HTMLDivElement>(null);
  // The person asked to search: put them in the box rather than make them tap it again.
  useEffect(() => boxRef.current?.querySelector('input')?.focus(), []);
  return (
    <Container size="lg" h="100%" px="xs">
      <Group h="100%" wrap="nowrap" gap="xs">
        <Box className="header-search" flex={1} ref={boxRef}>
          <SearchBox />
        </Box>
        <CloseButton size={40} aria-label={t('app.nav.closeSearch')} onClick={onClose} />
      </Group>
    </Container>
  );
}

function SearchIcon() {
  return (
    <LineIcon size={22}>
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" />
    </LineIcon>
  );
}
