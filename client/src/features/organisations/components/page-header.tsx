import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../../shared/components/page-title';

/** The page's one h1 (also the document title), with what belongs beside it. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  usePageTitle(title);
  return (
    <Stack gap="xs">
      <Title order={1}>{title}</Title>
      {children}
    </Stack>
  );
}
