import { PEOPLE_FACETS, type FacetValue, type PeopleFacet, type PeopleFilters } from '@commonroom/contracts';
import { Anchor, Checkbox, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Long facets (organisations, local authorities) show this many until "Show all" is pressed. */
const SHORT_LIST = 6;

interface FacetGroupProps {
  label: string;
  values: FacetValue[];
  selected: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
}

/**
 * One facet as a group of checkboxes with counts. A selected value the server no longer counts
 * stays listed (with 0), so it can always be unticked.
 */
export function FacetGroup({ label, values, selected, onToggle }: FacetGroupProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const missing = selected
    .filter((value) => !values.some((entry) => entry.value === value))
    .map((value) => ({ value, label: value, count: 0 }));
  const all = [...values, ...missing];
  if (all.length === 0) return null;
  const shown = expanded ? all : all.filter((entry, index) => index < SHORT_LIST || selected.includes(entry.value));

  return (
    <Checkbox.Group label={label} value={[...selected]}>
      <Stack gap={6} mt={6}>
        {shown.map((entry) => (
          <Checkbox
            key={entry.value}
            value={entry.value}
            label={t('people.facets.option', { label: entry.label, count: entry.count })}
            onChange={(event) => onToggle(entry.value, event.currentTarget.checked)}
          />
        ))}
        {all.length > shown.length && (
          <Anchor component="button" type="button" size="sm" ta="left" onClick={() => setExpanded(true)}>
            {t('people.facets.showAll', { count: all.length, facet: label })}
          </Anchor>
        )}
      </Stack>
    </Checkbox.Group>
  );
}

interface PeopleFacetsProps {
  facets: Partial<Record<PeopleFacet, FacetValue[]>>;
  filters: PeopleFilters;
  onToggle: (facet: PeopleFacet, value: string, checked: boolean) => void;
}

/** Every people-finder facet in the contract's order. */
export function PeopleFacets({ facets, filters, onToggle }: PeopleFacetsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {PEOPLE_FACETS.map((facet) => (
        <FacetGroup
          key={facet}
          label={t(`people.facets.${facet}`)}
          values={facets[facet] ?? []}
          selected={filters[facet] ?? []}
          onToggle={(value, checked) => onToggle(facet, value, checked)}
        />
      ))}
    </Stack>
  );
}
