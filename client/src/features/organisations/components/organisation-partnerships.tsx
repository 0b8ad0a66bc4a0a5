import type { OrganisationDetail } from '@commonroom/contracts';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { usePartnershipModelLabel } from './use-labels';

type OrganisationPartnership = OrganisationDetail['partnerships'][number];

/** The partnerships an organisation leads, then those it belongs to, each a link. */
export function OrganisationPartnerships({ partnerships }: { partnerships: OrganisationPartnership[] }) {
  const { t } = useTranslation();
  const modelLabel = usePartnershipModelLabel();
  if (partnerships.length === 0) return <Text>{t('organisation.partnerships.empty')}</Text>;
  const ordered = [...partnerships].sort((a, b) => Number(b.lead) - Number(a.lead));

  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {ordered.map((partnership) => (
        <Group component="li" key={partnership.id} gap="xs" wrap="wrap">
          <Anchor component={Link} to={paths.partnership(partnership.slug)} fw={600}>
            {partnership.name}
          </Anchor>
          <Text size="sm" c="dimmed">
            {modelLabel(partnership.model)}
          </Text>
          {partnership.lead && (
            <Badge variant="light" radius="sm" tt="none">
              {t('organisation.partnerships.lead')}
            </Badge>
          )}
        </Group>
      ))}
    </Stack>
  );
}
