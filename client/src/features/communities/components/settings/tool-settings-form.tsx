import type { CommunityDetail, CommunityTool } from '@commonroom/contracts';
import { Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../../../shared/components/live-message';
import { FormError } from '../../../../shared/forms/form-error';
import { SubmitButton } from '../../../../shared/forms/submit-button';
import { Section } from '../../../../shared/components/section';
import { useUpdateCommunity } from '../../api/communities.queries';
import { inToolOrder } from '../../community-terms';
import { ToolSwitches } from '../tool-fields';

/** The tools members see. Switching one off hides it; nothing written with it is deleted. */
export function ToolSettingsForm({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const update = useUpdateCommunity(community.slug);
  const [tools, setTools] = useState<CommunityTool[]>(() => inToolOrder(community.tools));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate({ tools });
  };

  return (
    <Section heading={t('communities.settings.tools.heading')}>
      <form onSubmit={submit}>
        <Stack gap="lg" align="flex-start">
          <Text>{t('communities.settings.tools.intro')}</Text>
          <ToolSwitches value={tools} onChange={setTools} />
          <FormError error={update.error} />
          <SubmitButton pending={update.isPending} pendingLabel={t('communities.common.saving')}>
            {t('communities.settings.tools.submit')}
          </SubmitButton>
          <LiveMessage>{update.isSuccess && t('communities.settings.tools.saved')}</LiveMessage>
        </Stack>
      </form>
    </Section>
  );
}
