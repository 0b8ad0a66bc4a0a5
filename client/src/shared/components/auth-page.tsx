import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from './page-title';

interface AuthPageProps {
  /** The page's one h1, and its document title. */
  title: string;
  children: ReactNode;
}

/** A narrow column for the sign-in and account pages: short lines read well on phones. */
export function AuthPage({ title, children }: AuthPageProps) {
  usePageTitle(title);
  return (
    <Stack gap="lg" maw={480} mx="auto" py="md">
      <Title order={1}>{title}</Title>
      {children}
    </Stack>
  );
}
