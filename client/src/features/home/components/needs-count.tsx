import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { useCurrentUser } from '../../auth';
import { useNeeds } from '../api/home.queries';
import { WAITING_ID } from './waiting-for-you';

/**
 * For facilitators: how many join requests and flagged posts wait, across their communities, in the
 * header. Nothing at all when none wait, so members never see it. Leads to the one community's
 * "Needs you" panel, or to the home's "Waiting for you" when several have something.
 */
export function NeedsCount() {
  const { t } = useTranslation();
  const signedIn = Boolean(useCurrentUser());
  const needs = useNeeds(signedIn);
  const data = signedIn ? needs.data : undefined;
  if (!data || data.total === 0) return null;
  const only = data.communities.length === 1 ? data.communities[0] : undefined;
  const label = t('home.needs.label', { count: data.total });
  return (
    // Only the number shows (the header is full at every width); the name says what it counts and
    // contains what is shown (WCAG 2.5.3).
    <Button
      component={Link}
      to={only ? paths.community(only.community.slug) : `${paths.home}#${WAITING_ID}`}
      variant="filled"
      color="red.9"
      size="compact-md"
      miw={32}
      aria-label={label}
      title={label}
    >
      {data.total}
    </Button>
  );
}
