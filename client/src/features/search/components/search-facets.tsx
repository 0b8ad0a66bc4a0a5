import type { FacetValue } from '@commonroom/contracts';
import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface SearchFacetProps {
  label: string;
  values: FacetValue[];
  selected: string | undefined;
  onChange: (value: string | undefined) => void;
}

/** One single-choice facet of the search page ("All" plus each value with its count). */
export function SearchFacet({ label, values, selected, onChange }: SearchFacetProps) {
  const { t } = useTranslation();
  if (values.length === 0 && !selected) return null;
  const shown =
    selected && !values.some((entry) => entry.value === selected)
      ? [...values, { value: selected, label: selected, count: 0 }]
      : values;
  return (
    <Radio.Group label={label} value={selected ?? ''} onChange={(value) => onChange(value || undefined)}>
      <Stack gap={6} mt={6}>
        {/* 24 px circles: each choice is a tap target of its own (WCAG 2.2 target size). */}
        <Radio size="md" value="" label={t('search.facets.any')} />
        {shown.map((entry) => (
          <Radio
            size="md"
            key={entry.value}
            value={entry.value}
            label={t('people.facets.option', { label: entry.label, count: entry.count })}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
