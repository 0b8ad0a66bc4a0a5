import type { DirectoryOverview, Region } from '@commonroom/contracts';
import { Anchor, Paper, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTermLabel } from '../../../shared/i18n/taxonomy';
import { directoryHref } from '../routes/directory-search-params';

type KindCount = DirectoryOverview['byKind'][number];

interface KindCountListProps {
  counts: KindCount[];
  /** Narrows the links to one region, for the per-region breakdown. */
  region?: Region;
  /** Id of the heading that names the list. */
  labelledBy?: string;
}

/** "12 schools", "3 universities (HEIs)"… each a link to that slice of the directory. */
export function KindCountList({ counts, region, labelledBy }: KindCountListProps) {
  const { t } = useTranslation();
  const termLabel = useTermLabel();
  // Kinds with no organisations would only lead to empty pages.
  const present = counts.filter((entry) => entry.count > 0);

  return (
    <SimpleGrid
      component="ul"
      aria-labelledby={labelledBy}
      cols={{ base: 2, md: 4 }}
      spacing="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {present.map(({ kind, count }) => (
        <Paper component="li" key={kind} withBorder p="md" radius="md">
          <Anchor component={Link} to={directoryHref({ kind, region })} fw={600} fz="lg">
            {t(`directory.kindCount.${kind}`, {
              count,
              defaultValue: `${termLabel('organisationKind', kind)}: {{count, number}}`,
            })}
          </Anchor>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
