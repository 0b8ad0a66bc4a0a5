import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { connectCsrfToSession, sessionKey } from '../features/auth';
import { i18n } from '../shared/i18n/i18n';
import { closeRealtimeWhenPersonChanges } from '../shared/realtime';
import { accessibleColours, theme } from './theme';

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
  /**
   * 'test' in unit tests: jsdom has no layout, so Mantine would otherwise hide menus as if
   * their button had scrolled out of view.
   */
  mantineEnv?: 'default' | 'test';
}

/** Everything a screen needs around it; tests wrap screens in exactly this too. */
export function AppProviders({ queryClient, children, mantineEnv = 'default' }: AppProvidersProps) {
  // Before the first render, so a request a screen sends on load already has its CSRF token.
  useState(() => connectCsrfToSession(queryClient));
  // The live-update connection belongs to one person: a sign-out closes it.
  useState(() => closeRealtimeWhenPersonChanges(queryClient, sessionKey));
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={accessibleColours}
        defaultColorScheme="light"
        env={mantineEnv}
      >
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
