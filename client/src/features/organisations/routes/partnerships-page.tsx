import type { CommunitySummary, PartnershipSummary } from '@commonroom/contracts';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProviderMark } from '../../../shared/components/provider-mark';
import { paths } from '../../../shared/routing/paths';
import { useCurrentUser } from '../../auth';
import { useMyPartnershipSpaces, usePartnershipDirectory } from '../api/partnerships.queries';
import { PageHeader } from '../components/page-header';
import { PageQuery } from '../components/query-states';
import { usePartnershipModelLabel } from '../components/use-labels';

/** `/partnerships`: the viewer's own partnerships first (with their spaces), then the directory. */
export function PartnershipsPage() {
  const { t } = useTranslation();
  const signedIn = Boolean(useCurrentUser());
  return (
    <Stack gap="xl">
      <PageHeader title={t('partnerships.list.title')}>
        <Text maw={720}>{t('partnerships.list.intro')}</Text>
      </PageHeader>
      {signedIn && <MyPartnerships />}
      <PartnershipDirectory />
    </Stack>
  );
}

function MyPartnerships() {
  const { t } = useTranslation();
  const spaces = useMyPartnershipSpaces(true);
  return (
    <Stack component="section" aria-labelledby="my-partnerships-heading" gap="sm">
      <Title order={2} id="my-partnerships-heading">
        {t('partnerships.list.mine')}
      </Title>
      <PageQuery query={spaces}>
        {(page) =>
          page.items.length === 0 ? (
            <Text>{t('partnerships.list.mineEmpty')}</Text>
          ) : (
            <PartnershipCards items={page.items.filter(hasPartnership).map(fromSpace)} />
          )
        }
      </PageQuery>
    </Stack>
  );
}

function PartnershipDirectory() {
  const { t } = useTranslation();
  const modelLabel = usePartnershipModelLabel();
  const directory = usePartnershipDirectory();
  return (
    <Stack component="section" aria-labelledby="all-partnerships-heading" gap="sm">
      <Title order={2} id="all-partnerships-heading">
        {t('partnerships.list.all')}
      </Title>
      <PageQuery query={directory}>
        {(page) =>
          page.items.length === 0 ? (
            <Text>{t('partnerships.list.allEmpty')}</Text>
          ) : (
            <PartnershipCards
              items={page.items.map((p) =>
                fromSummary(p, `${modelLabel(p.model)} · ${t('partnerships.list.members', { count: p.memberCount })}`),
              )}
            />
          )
        }
      </PageQuery>
    </Stack>
  );
}

interface PartnershipCard {
  slug: string;
  name: string;
  lead: { id: string; slug: string; name: string } | null;
  detail?: string;
  spaceSlug?: string;
}

type WithPartnership = CommunitySummary & { partnership: NonNullable<CommunitySummary['partnership']> };
const hasPartnership = (space: CommunitySummary): space is WithPartnership => space.partnership !== null;

function fromSpace(space: WithPartnership): PartnershipCard {
  const { slug, name, leadProvider } = space.partnership;
  return { slug, name, lead: leadProvider ?? null, spaceSlug: space.slug };
}

function fromSummary(partnership: PartnershipSummary, detail: string): PartnershipCard {
  const { slug, name, lead } = partnership;
  return { slug, name, lead, detail };
}

function PartnershipCards({ items }: { items: PartnershipCard[] }) {
  const { t } = useTranslation();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <Paper component="li" key={item.slug} withBorder p="md" radius="md">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            {item.lead && <ProviderMark provider={item.lead} />}
            <Stack gap={4}>
              <Title order={3} size="h4">
                <Anchor component={Link} to={paths.partnership(item.slug)}>
                  {item.name}
                </Anchor>
              </Title>
              {item.lead && <Text size="sm">{t('partnerships.list.ledBy', { name: item.lead.name })}</Text>}
              {item.detail && (
                <Text size="sm" c="dimmed">
                  {item.detail}
                </Text>
              )}
              {item.spaceSlug && (
                <Anchor component={Link} to={paths.community(item.spaceSlug)} size="sm" fw={600}>
                  {t('partnerships.list.openSpace')}
                </Anchor>
              )}
            </Stack>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
