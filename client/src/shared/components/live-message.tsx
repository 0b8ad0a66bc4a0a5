import { Paper, Stack, Text } from '@mantine/core';
import { Children, type ReactNode } from 'react';

interface LiveMessageProps {
  /** Nothing is shown while empty (false, null…); the live region itself is always there. */
  children?: ReactNode;
}

/**
 * Announces the result of an action politely ("Your name has been saved"). The role="status"
 * region is rendered before the message arrives, which screen readers need to announce it.
 */
export function LiveMessage({ children }: LiveMessageProps) {
  const parts = Children.toArray(children).filter((part) => part !== '');
  return (
    <div role="status">
      {parts.length > 0 && (
        <Paper p="md" radius="md" bg="commonroom.0" c="commonroom.9">
          <Stack gap={4}>
            {parts.map((part, index) => (typeof part === 'string' ? <Text key={index}>{part}</Text> : part))}
          </Stack>
        </Paper>
      )}
    </div>
  );
}
