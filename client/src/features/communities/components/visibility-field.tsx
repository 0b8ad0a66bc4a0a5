import { COMMUNITY_VISIBILITIES } from '@commonroom/contracts';
import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCommunityTerms } from '../community-terms';

interface VisibilityFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** Who can find the community and how people join, each choice with what it means. */
export function VisibilityField({ value, onChange, error }: VisibilityFieldProps) {
  const { t } = useTranslation();
  const terms = useCommunityTerms();
  return (
    <Radio.Group
      name="visibility"
      label={t('communities.form.visibility')}
      value={value}
      onChange={onChange}
      error={error}
      required
    >
      <Stack gap="sm" mt="xs">
        {COMMUNITY_VISIBILITIES.map(({ id }) => (
          <Radio key={id} value={id} label={terms.visibility(id)} description={terms.visibilityDescription(id)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
