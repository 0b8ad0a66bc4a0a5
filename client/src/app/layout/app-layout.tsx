import { AppShell, Container, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../../features/auth';
import { LoadingState } from '../../shared/components/loading-state';
import { SearchBox } from './lazy-signed-in-tools';
import { PrimaryNav } from './primary-nav';
import { SiteFooter } from './site-footer';
import { MOBILE_NAV_ID, SiteHeader } from './site-header';

const HEADER_HEIGHT = 64;

/** The shell around every screen: skip link, header with navigation, main, footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const [menuOpen, menu] = useDisclosure(false);
  const [searchOpen, search] = useDisclosure(false);
  const signedIn = Boolean(useCurrentUser());
  const mainRef = useMoveFocusToMainOnNavigation();
  useCloseOnNavigation(menu.close, search.close);

  // Moves focus rather than relying on the #main fragment, which the router would treat as
  // a navigation and which some browsers do not follow with focus.
  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <AppShell
      header={{ height: HEADER_HEIGHT }}
      navbar={{ width: 280, breakpoint: 'sm', collapsed: { desktop: true, mobile: !menuOpen } }}
      padding={0}
    >
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <SiteHeader
          menuOpen={menuOpen}
          onToggleMenu={menu.toggle}
          searchOpen={searchOpen}
          onToggleSearch={search.toggle}
        />
      </AppShell.Header>
      {/* A div, not Mantine's default nav: the landmark is inside, and only while open, so the
          closed menu's links are neither visible nor reachable by keyboard. */}
      <AppShell.Navbar component="div" id={MOBILE_NAV_ID} p="md" hiddenFrom="sm">
        {menuOpen && (
          <Stack gap="md">
            {signedIn && (
              <div className="menu-search">
                <SearchBox />
              </div>
            )}
            <PrimaryNav orientation="vertical" onNavigate={menu.close} />
          </Stack>
        )}
      </AppShell.Navbar>
      <AppShell.Main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <Container size="lg" py="lg">
          {/* For a component a screen loads on its own (React.lazy); navigations keep the old screen meanwhile. */}
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
      <SiteFooter />
    </AppShell>
  );
}

/**
 * The phone menu and search close on any navigation, however it happened: a link in the menu, an
 * item of the account menu, a search, the back button. Left open, they would cover the new page.
 */
function useCloseOnNavigation(...closers: (() => void)[]) {
  const { pathname, search } = useLocation();
  const close = useRef(closers);
  useEffect(() => {
    close.current = closers;
  });
  useEffect(() => {
    for (const closer of close.current) closer();
  }, [pathname, search]);
}

/**
 * After a client-side navigation, focus <main> so screen-reader and keyboard users start at the
 * new content instead of wherever the old page left them. Not on first load: the browser does
 * that. Query-string changes (filters, pages) keep focus where it is.
 */
function useMoveFocusToMainOnNavigation() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);
  return mainRef;
}
