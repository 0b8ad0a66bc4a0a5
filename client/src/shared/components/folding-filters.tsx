import { Button, Collapse, Stack, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FoldingFiltersProps {
  /** The section's heading ("Filter"). */
  heading: string;
  /** How many filters are chosen, said on the folded button. */
  chosen: number;
  children: ReactNode;
}

/**
 * A finder's filters. On a wide screen a sidebar beside the results; on a phone folded behind one
 * "Filter" button (saying how many are chosen), so the results, not the filters, fill the first
 * screen. Used by site search and the people finder.
 */
export function FoldingFilters({ heading, chosen, children }: FoldingFiltersProps) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);
  const panelId = useId();
  const headingId = useId();
  if (wide)
    return (
      <Stack component="section" aria-labelledby={headingId} gap="lg">
        <Title order={2} size="h4" id={headingId}>
          {heading}
        </Title>
        {children}
      </Stack>
    );
  return (
    <Stack component="section" aria-label={heading} gap="sm">
      <Button
        variant="default"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={panelId}
        style={{ alignSelf: 'flex-start' }}
      >
        {chosen > 0 ? t('common.filters.toggleChosen', { count: chosen }) : t('common.filters.toggle')}
      </Button>
      <Collapse expanded={opened} id={panelId}>
        {children}
      </Collapse>
    </Stack>
  );
}
