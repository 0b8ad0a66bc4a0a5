import type { PartnershipDetail } from '@commonroom/contracts';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { usePartnership } from '../api/partnerships.queries';
import { AgreementsSection } from '../components/agreements-section';
import { PageHeader } from '../components/page-header';
import { PartnershipMembers } from '../components/partnership-members';
import { PageQuery } from '../components/query-states';
import { usePartnershipModelLabel } from '../components/use-labels';

/** `/partnerships/:slug`: a provider's partnership with its schools, and its agreements. */
export function PartnershipPage() {
  const { slug = '' } = useParams();
  const partnership = usePartnership(slug);
  return <PageQuery query={partnership}>{(data) => <PartnershipView partnership={data} />}</PageQuery>;
}

function PartnershipView({ partnership }: { partnership: PartnershipDetail }) {
  const { t } = useTranslation();
  const modelLabel = usePartnershipModelLabel();
  const { viewer } = partnership;
  return (
    <Stack gap="lg" maw={900}>
      <PageHeader title={partnership.name}>
        <Text fw={600}>{modelLabel(partnership.model)}</Text>
        <Text c="dimmed">{t(`partnerships.models.${partnership.model}.description`)}</Text>
        <Text>
          {t('partnerships.page.ledBy')}{' '}
          <Anchor component={Link} to={paths.organisation(partnership.lead.slug)}>
            {partnership.lead.name}
          </Anchor>
        </Text>
      </PageHeader>
      {partnership.description && (
        <Text maw={720} style={{ whiteSpace: 'pre-line' }}>
          {partnership.description}
        </Text>
      )}
      {partnership.communitySlug && (
        <Group>
          <Button component={Link} to={paths.community(partnership.communitySlug)}>
            {t('partnerships.page.space')}
          </Button>
        </Group>
      )}
      <PartnershipMembers partnership={partnership} />
      {(viewer.isMember || viewer.canManage) && <AgreementsSection partnership={partnership} />}
    </Stack>
  );
}
