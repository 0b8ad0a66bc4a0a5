import {
  COMMUNITY_TYPES,
  DEFAULT_COMMUNITY_TOOLS,
  communityTypeSchema,
  createCommunityRequestSchema,
  type CommunityTool,
} from '@commonroom/contracts';
import { Alert, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../../shared/components/page-title';
import { FormError } from '../../../shared/forms/form-error';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { useSchemaForm } from '../../../shared/forms/use-schema-form';
import { paths } from '../../../shared/routing/paths';
import { useCommunity, useCreateCommunity } from '../api/communities.queries';
import { useCommunityTerms } from '../community-terms';
import { fieldProps } from '../../../shared/forms/field-props';
import { ToolCheckboxes } from '../components/tool-fields';
import { VisibilityField } from '../components/visibility-field';

/** Partnership spaces are made with their partnership, never by hand. */
const CREATABLE_TYPES = COMMUNITY_TYPES.filter((type) => type.id !== 'partnership');

/** `/communities/new` (`?parent=<slug>` for a sub-community): the creator becomes its facilitator. */
export function NewCommunityPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const parentSlug = searchParams.get('parent') || undefined;
  usePageTitle(t(parentSlug ? 'communities.create.subTitle' : 'communities.create.title'));
  const terms = useCommunityTerms();
  const navigate = useNavigate();
  const create = useCreateCommunity();
  const [tools, setTools] = useState<CommunityTool[]>([...DEFAULT_COMMUNITY_TOOLS]);
  const form = useSchemaForm({
    schema: createCommunityRequestSchema,
    initialValues: { name: '', type: '', visibility: 'open', description: '', welcomeMessage: '' },
    toInput: (values) => ({
      ...values,
      description: values.description.trim() || undefined,
      welcomeMessage: values.welcomeMessage.trim() || undefined,
      tools,
      parentSlug,
    }),
    validate: (values) => (values.type ? {} : { type: t('communities.create.typeRequired') }),
  });

  const chosenType = communityTypeSchema.safeParse(form.values.type).data;

  const submit = form.handleSubmit((request) => {
    if (create.isPending) return;
    create.mutate(request, {
      onSuccess: (community) => void navigate(paths.community(community.slug)),
      onError: form.showServerError,
    });
  });

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t(parentSlug ? 'communities.create.subTitle' : 'communities.create.title')}</Title>
      {parentSlug ? <ParentNote slug={parentSlug} /> : <Text>{t('communities.create.intro')}</Text>}
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <Stack gap="lg">
          <TextInput {...form.field('name')} label={t('communities.form.name')} required maxLength={100} />
          <NativeSelect
            {...fieldProps(form, 'type')}
            label={t('communities.form.type')}
            description={chosenType ? terms.typeDescription(chosenType) : t('communities.form.typeHint')}
            data={[
              { value: '', label: t('communities.form.chooseType') },
              ...CREATABLE_TYPES.map(({ id }) => ({ value: id, label: terms.type(id) })),
            ]}
            required
          />
          <VisibilityField
            value={form.values.visibility}
            onChange={(value) => form.setValue('visibility', value)}
            error={form.errors.visibility}
          />
          <Textarea
            {...fieldProps(form, 'description')}
            label={t('communities.form.description')}
            description={t('communities.form.descriptionHint')}
            rows={2}
            resize="vertical"
            maxLength={500}
          />
          <Textarea
            {...fieldProps(form, 'welcomeMessage')}
            label={t('communities.form.welcome')}
            description={t('communities.form.welcomeHint')}
            rows={3}
            resize="vertical"
            maxLength={5000}
          />
          <ToolCheckboxes value={tools} onChange={setTools} />
          <FormError error={form.formError} />
          <SubmitButton pending={create.isPending} pendingLabel={t('communities.create.pending')}>
            {t('communities.create.submit')}
          </SubmitButton>
        </Stack>
      </form>
    </Stack>
  );
}

/** Names the community the new one will sit under. */
function ParentNote({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const parent = useCommunity(slug);
  if (parent.isError) {
    return (
      <Alert color="red" variant="light" role="alert">
        {t('communities.create.parentMissing')}
      </Alert>
    );
  }
  if (!parent.data) return null;
  return <Text>{t('communities.create.subIntro', { name: parent.data.name })}</Text>;
}
