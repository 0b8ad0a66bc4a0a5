import { Paper, Stack, Title } from '@mantine/core';
import { useId, type ReactNode, type Ref } from 'react';

interface SectionProps {
  heading: string;
  children: ReactNode;
  /** To move focus here after an action removed the control that had it. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** A titled panel (h2), a labelled region so screen readers can jump to it. */
export function Section({ heading, children, headingRef }: SectionProps) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="lg" radius="md">
      <Stack gap="md">
        <Title order={2} id={headingId} size="h3" ref={headingRef} tabIndex={-1}>
          {heading}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
