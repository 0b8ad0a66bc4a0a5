import type { ProfileAffiliation } from '@commonroom/contracts';
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { useProfileTermLabel } from './profile-terms';

/** "Mentor, Fenmoor Academy" with the organisation linked; the job title wins over the role's label. */
export function AffiliationLine({ affiliation }: { affiliation: ProfileAffiliation }) {
  const termLabel = useProfileTermLabel();
  const role = affiliation.title ?? termLabel('role', affiliation.role);
  return (
    <Text size="sm">
      {role}, {/* Underlined: a link inside a sentence must not be told apart by colour alone (WCAG 1.4.1). */}
      <Anchor component={Link} to={paths.organisation(affiliation.organisation.slug)} underline="always">
        {affiliation.organisation.name}
      </Anchor>
    </Text>
  );
}
