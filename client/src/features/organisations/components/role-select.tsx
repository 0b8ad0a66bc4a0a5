import { ROLES, type Role, type RoleSide } from '@commonroom/contracts';
import { Select, Stack, Text, type ComboboxItem, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoleLabel } from './use-labels';

const SIDES: readonly RoleSide[] = ['school', 'provider', 'local_authority', 'trainee', 'any'];

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** True when the words are in the role's name, in English or translated, or in one of its other names. */
function roleMatches(item: ComboboxItem, search: string): boolean {
  const role = ROLES.find((candidate) => candidate.id === item.value);
  const names = [item.label, role?.label ?? '', ...(role?.synonyms ?? [])];
  return names.some((name) => normalise(name).includes(search));
}

/** The role crosswalk at work: typing "professional tutor" finds "ITT coordinator". */
const matchRoleOrSynonym: OptionsFilter = ({ options, search }) => {
  const wanted = normalise(search);
  if (!wanted) return options;
  return options.flatMap((entry): ComboboxParsedItem[] => {
    if (!('group' in entry)) return roleMatches(entry, wanted) ? [entry] : [];
    const items = entry.items.filter((item) => roleMatches(item, wanted));
    return items.length > 0 ? [{ ...entry, items }] : [];
  });
};

interface RoleSelectProps {
  value: Role | '';
  onChange: (role: Role | '') => void;
  error?: ReactNode;
}

/** Roles grouped by where people hold them, each with the other names it goes by. */
export function RoleSelect({ value, onChange, error }: RoleSelectProps) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const data = SIDES.map((side) => ({
    group: t(`affiliations.sides.${side}`),
    items: ROLES.filter((role) => role.side === side).map((role) => ({ value: role.id, label: roleLabel(role.id) })),
  }));
  const chosen = ROLES.find((role) => role.id === value);

  return (
    <Select
      name="role"
      label={t('affiliations.form.role')}
      description={chosen ? <RoleHelp role={chosen.id} /> : t('affiliations.form.roleHint')}
      required
      searchable
      data={data}
      value={value || null}
      onChange={(next) => onChange((next as Role | null) ?? '')}
      filter={matchRoleOrSynonym}
      nothingFoundMessage={t('affiliations.form.noRole')}
      error={error}
      maxDropdownHeight={320}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed">
            {t('affiliations.form.alsoCalled', { names: synonymsOf(option.value).slice(0, 4).join(', ') })}
          </Text>
        </Stack>
      )}
    />
  );
}

function RoleHelp({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`affiliations.roles.${role}.description`)}{' '}
      {t('affiliations.form.alsoCalled', { names: synonymsOf(role).join(', ') })}
    </>
  );
}

function synonymsOf(role: string): readonly string[] {
  return ROLES.find((candidate) => candidate.id === role)?.synonyms ?? [];
}
