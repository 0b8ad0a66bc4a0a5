import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildOrganisationPage, buildOverview, buildSession, buildUser } from '../test/fixtures';
import { jsonResponse, mockFetch } from '../test/mock-fetch';
import { renderApp } from '../test/render-app';

beforeEach(() => {
  mockFetch({
    '/api/organisations/overview': () => jsonResponse(buildOverview({ school: 2 })),
    '/api/organisations': () => jsonResponse(buildOrganisationPage([])),
  });
});

describe('App shell', () => {
  it('offers "Skip to main content" as the first stop for keyboard users, and it moves focus to main', async () => {
    const { user } = renderApp('/');

    await user.tab();
    const skipLink = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skipLink).toHaveFocus();

    await user.click(skipLink);
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('has banner, navigation, main and contentinfo landmarks', () => {
    renderApp('/');

    expect(screen.getByRole('banner')).toHaveTextContent('Commonroom');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('open-source');
  });

  it('marks the current section in the navigation and moves focus to main after navigating', async () => {
    const { user, router } = renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');

    await user.click(within(nav).getByRole('link', { name: 'Organisations' }));

    expect(router.state.location.pathname).toBe('/organisations');
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisations' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Organisations' })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });

  it('opens and closes the menu on narrow screens, telling assistive technology its state', async () => {
    const { user } = renderApp('/');
    const menuButton = screen.getByRole('button', { name: 'Menu' });
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');

    await user.click(menuButton);

    expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    const mobileMenu = document.getElementById(menuButton.getAttribute('aria-controls') ?? '');
    expect(within(mobileMenu as HTMLElement).getByRole('link', { name: 'Organisations' })).toBeInTheDocument();

    await user.click(within(mobileMenu as HTMLElement).getByRole('link', { name: 'Organisations' }));

    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  });

  it('offers "Sign in" and "Create account" in the header to someone signed out', async () => {
    mockFetch({ '/api/auth/session': () => jsonResponse(buildSession({ user: null })) });
    renderApp('/');

    const banner = screen.getByRole('banner');
    expect(await within(banner).findByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(within(banner).getByRole('link', { name: 'Create account' })).toHaveAttribute('href', '/sign-up');
  });

  it('brings someone who signs in from a page back to it', async () => {
    mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: null })),
      '/api/organisations': () => jsonResponse(buildOrganisationPage([])),
    });
    renderApp('/organisations?kind=hei');

    expect(await within(screen.getByRole('banner')).findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?returnTo=%2Forganisations%3Fkind%3Dhei',
    );
  });

  it('keeps "Create account" in the header on a phone too, not only on wider screens', async () => {
    mockFetch({ '/api/auth/session': () => jsonResponse(buildSession({ user: null })) });
    renderApp('/');

    const createAccount = await within(screen.getByRole('banner')).findByRole('link', { name: 'Create account' });
    // Mantine hides below a breakpoint with a class; the button must carry none.
    expect(createAccount.closest('[class*="visible-from"], [class*="hidden-from"]')).toBeNull();
  });

  it('on a phone, a Search button opens the search box across the header, and searching closes it', async () => {
    mockFetch({ '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })) });
    const { user, router } = renderApp('/');

    await user.click(await within(screen.getByRole('banner')).findByRole('button', { name: 'Search' }));

    const box = within(screen.getByRole('banner')).getByRole('combobox', { name: 'Search Commonroom' });
    expect(box).toHaveFocus();
    expect(within(screen.getByRole('banner')).queryByRole('button', { name: 'Menu' })).not.toBeInTheDocument();
    await user.type(box, 'phonics{Enter}');

    expect(router.state.location.pathname).toBe('/search');
    expect(await within(screen.getByRole('banner')).findByRole('button', { name: 'Menu' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Search' })).toBeInTheDocument();
  });

  it('offers search in the phone menu, and the menu closes after choosing from the account menu', async () => {
    mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser({ displayName: 'Priya Shah' }) })),
    });
    const { user, router } = renderApp('/');
    const menuButton = await screen.findByRole('button', { name: 'Menu' });
    await user.click(menuButton);
    const mobileMenu = document.getElementById(menuButton.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(within(mobileMenu).getByRole('search')).toBeInTheDocument();
    expect(within(mobileMenu).getByRole('link', { name: 'Partnerships' })).toHaveAttribute('href', '/partnerships');

    await user.click(screen.getByRole('button', { name: 'Priya Shah: account menu' }));
    await user.click(screen.getByRole('menuitem', { name: 'Settings' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/settings/));
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    expect(within(mobileMenu).queryByRole('search')).not.toBeInTheDocument();
  });

  it('shows the signed-in person’s name as a menu with Settings and Sign out', async () => {
    mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser({ displayName: 'Priya Shah' }) })),
    });
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Priya Shah: account menu' }));

    expect(screen.getByRole('menuitem', { name: 'Settings' })).toHaveAttribute('href', '/settings');
    expect(screen.getByRole('menuitem', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('shows a helpful page, inside the shell, for an address that does not exist', async () => {
    const { user, router } = renderApp('/no/such/page');

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(document.title).toBe('Page not found · Commonroom');

    await user.click(screen.getByRole('link', { name: 'Go to the home page' }));
    expect(router.state.location.pathname).toBe('/');
  });
});
