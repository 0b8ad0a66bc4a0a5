import { PROFILE_FIELDS, type FieldVisibility, type ProfileField } from '@commonroom/contracts';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface VisibilitySelectProps {
  field: ProfileField;
  value: FieldVisibility;
  onChange: (value: FieldVisibility) => void;
}

/** The levels this field allows, from the contract: contact details, for instance, are never public. */
export function allowedVisibilities(field: ProfileField): readonly FieldVisibility[] {
  return PROFILE_FIELDS.find((rule) => rule.id === field)?.allowed ?? [];
}

/** "Who can see this" beside one field, offering only what that field allows. */
export function VisibilitySelect({ field, value, onChange }: VisibilitySelectProps) {
  const { t } = useTranslation();
  const data = allowedVisibilities(field).map((level) => ({
    value: level,
    label: t(`profileEditor.visibility.${level}`),
  }));
  return (
    <NativeSelect
      label={t('profileEditor.whoCanSee', { field: t(`profileEditor.fields.${field}`) })}
      value={value}
      data={data}
      onChange={(event) => onChange(event.currentTarget.value as FieldVisibility)}
      w={{ base: '100%', sm: 220 }}
    />
  );
}
