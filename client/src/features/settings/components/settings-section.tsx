import { Paper, Stack, Title } from '@mantine/core';
import { useId, type ReactNode, type Ref } from 'react';

interface SettingsSectionProps {
  heading: string;
  children: ReactNode;
  /** To move focus here when the control that had it disappears (a signed-out device, say). */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** One titled panel of a settings page, a labelled region so screen readers can jump to it. */
export function SettingsSection({ heading, children, headingRef }: SettingsSectionProps) {
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
