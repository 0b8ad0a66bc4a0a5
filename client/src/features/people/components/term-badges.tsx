import { Badge, Group } from '@mantine/core';
import { useProfileTermLabel, type ProfileTaxonomy } from './profile-terms';

interface TermBadgesProps {
  taxonomy: ProfileTaxonomy;
  ids: readonly string[] | undefined;
  /** Names the list for screen readers, e.g. "Subjects". */
  label: string;
  /** The app's high-contrast badge styles only (coloured light badges fail contrast). */
  variant?: 'light' | 'default' | 'outline';
}

/** A labelled list of taxonomy terms as badges; nothing when there are none (or they are hidden). */
export function TermBadges({ taxonomy, ids, label, variant = 'default' }: TermBadgesProps) {
  const termLabel = useProfileTermLabel();
  if (!ids || ids.length === 0) return null;
  return (
    <Group component="ul" gap={6} aria-label={label} m={0} p={0} style={{ listStyle: 'none' }}>
      {ids.map((id) => (
        <li key={id}>
          <Badge variant={variant} radius="sm" tt="none" fw={600}>
            {termLabel(taxonomy, id)}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
