import type { OrganisationDetail } from '@commonroom/contracts';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { canLeadPartnership } from './can-lead-partnership';

/** For the organisation's administrators: manage it, and start a partnership it will lead. */
export function OrganisationAdminLinks({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const { viewer } = organisation;
  if (!viewer.canEdit && !viewer.canVerify) return null;
  return (
    <Group gap="sm" align="center">
      <Button component={Link} to={paths.organisationManage(organisation.slug)}>
        {t('organisation.admin.manage')}
      </Button>
      {viewer.canEdit && canLeadPartnership(organisation.kind) && (
        <Button component={Link} to={newPartnershipHref(organisation.id)} variant="default">
          {t('organisation.admin.newPartnership')}
        </Button>
      )}
      {viewer.pendingRequests > 0 && (
        <Text fw={600}>{t('organisation.admin.pendingRequests', { count: viewer.pendingRequests })}</Text>
      )}
    </Group>
  );
}

export function newPartnershipHref(leadOrganisationId: string): string {
  return `${paths.partnershipNew}?${new URLSearchParams({ lead: leadOrganisationId }).toString()}`;
}
