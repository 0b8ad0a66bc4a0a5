import { createCategoryRequestSchema, updateCategoryRequestSchema, type ForumCategory } from '@commonroom/contracts';
import { Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../../shared/forms/use-schema-form';
import { fieldProps } from '../../../../shared/forms/field-props';
import { useCreateCategory, useUpdateCategory } from '../../api/forums.queries';
import { ForumError } from '../forum-error';

interface CategoryFormProps {
  communitySlug: string;
  /** Edits this category; without it, adds a new one. */
  category?: ForumCategory;
  onDone: (category: ForumCategory) => void;
  onCancel?: () => void;
}

/** A category's name and description, to add one or to change one. */
export function CategoryForm({ communitySlug, category, onDone, onCancel }: CategoryFormProps) {
  const { t } = useTranslation();
  const create = useCreateCategory(communitySlug);
  const update = useUpdateCategory(communitySlug);
  const mutation = category ? update : create;
  const form = useSchemaForm({
    schema: category ? updateCategoryRequestSchema : createCategoryRequestSchema,
    initialValues: { name: category?.name ?? '', description: category?.description ?? '' },
    // An emptied description is removed from a category, and left out of a new one.
    toInput: ({ name, description }) => ({ name, description: description.trim() || (category ? null : undefined) }),
  });

  const submit = form.handleSubmit((request) => {
    if (mutation.isPending) return;
    const options = {
      onError: form.showServerError,
      onSuccess: (saved: ForumCategory) => {
        if (!category) form.setValue('name', '');
        if (!category) form.setValue('description', '');
        onDone(saved);
      },
    };
    if (category) update.mutate({ categoryId: category.id, request }, options);
    else create.mutate({ name: request.name ?? '', description: request.description ?? undefined }, options);
  });

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm" align="flex-start">
        <TextInput
          {...form.field('name')}
          label={t('forums.categories.name')}
          required
          maxLength={60}
          w="100%"
          maw={480}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- opened by the person to edit
          autoFocus={category !== undefined}
        />
        <Textarea
          {...fieldProps(form, 'description')}
          label={t('forums.categories.description')}
          description={t('forums.categories.descriptionHint')}
          rows={2}
          resize="vertical"
          maxLength={300}
          w="100%"
          maw={640}
        />
        <ForumError error={form.formError} />
        <Group gap="sm">
          <SubmitButton pending={mutation.isPending} pendingLabel={t('forums.common.saving')}>
            {category ? t('forums.categories.save') : t('forums.categories.add')}
          </SubmitButton>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('forums.common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
