import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  /** A next step, e.g. a "Clear filters" link. */
  action?: ReactNode;
}

/** Shown when a list is empty, so an empty result never looks like a broken page. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <Paper withBorder p="lg" radius="md" my="md">
      <Stack gap="xs" align="flex-start">
        <Text fw={700}>{title}</Text>
        {children && <Text>{children}</Text>}
        {action}
      </Stack>
    </Paper>
  );
}
