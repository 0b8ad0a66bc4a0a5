import type { CommunityMember, CommunityRole } from '@commonroom/contracts';
import { Stack } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../../../shared/components/error-state';
import { LiveMessage } from '../../../../shared/components/live-message';
import { LoadingState } from '../../../../shared/components/loading-state';
import { FormError } from '../../../../shared/forms/form-error';
import { paths } from '../../../../shared/routing/paths';
import { ResultsPagination } from '../../../../shared/components/results-pagination';
import { Section } from '../../../../shared/components/section';
import { useChangeMemberRole, useRemoveMember, useSettingsMembers } from '../../api/community-admin.queries';
import { useCommunityTerms } from '../../community-terms';
import { pageFromSearch, withPage } from '../../../../shared/routing/paging';
import { ConfirmDialog } from '../../../../shared/components/confirm-dialog';
import { MemberSettingsRow } from './member-settings-row';

/** Everyone in the community, with their role to change and a way to remove them. */
export function MemberSettingsSection({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const terms = useCommunityTerms();
  const [searchParams] = useSearchParams();
  const page = pageFromSearch(searchParams);
  const members = useSettingsMembers(slug, page);
  const changeRole = useChangeMemberRole(slug);
  const remove = useRemoveMember(slug);
  const [removing, setRemoving] = useState<CommunityMember | null>(null);
  const [message, setMessage] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const onRoleChange = (member: CommunityMember, role: CommunityRole) => {
    setMessage('');
    changeRole.mutate(
      { userId: member.user.id, role },
      {
        onSuccess: () =>
          setMessage(
            t('communities.settings.members.roleChanged', {
              name: member.user.displayName,
              role: terms.roleNoun(role),
            }),
          ),
      },
    );
  };
  const openRemove = (member: CommunityMember) => {
    remove.reset();
    setRemoving(member);
  };
  const confirmRemove = (member: CommunityMember) =>
    remove.mutate(member.user.id, {
      onSuccess: () => {
        setRemoving(null);
        setMessage(t('communities.settings.members.removed', { name: member.user.displayName }));
        // The row (and its button) has gone: keep focus in this section.
        headingRef.current?.focus();
      },
    });

  return (
    <Section heading={t('communities.settings.members.heading')} headingRef={headingRef}>
      {members.isPending && <LoadingState />}
      {members.isError && <ErrorState error={members.error} onRetry={() => void members.refetch()} />}
      {members.data && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-busy={members.isPlaceholderData}>
          {members.data.items.map((member) => (
            <MemberSettingsRow key={member.user.id} member={member} onRoleChange={onRoleChange} onRemove={openRemove} />
          ))}
        </Stack>
      )}
      {members.data && (
        <ResultsPagination
          page={page}
          pageSize={members.data.pageSize}
          total={members.data.total}
          pageHref={(next) => withPage(paths.communitySettings(slug), next)}
        />
      )}
      <FormError error={changeRole.error} />
      <LiveMessage>{message}</LiveMessage>
      <ConfirmDialog
        opened={removing !== null}
        title={t('communities.settings.members.removeTitle', { name: removing?.user.displayName ?? '' })}
        confirmLabel={t('communities.settings.members.removeConfirm')}
        busy={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && confirmRemove(removing)}
        onCancel={() => setRemoving(null)}
      >
        {t('communities.settings.members.removeBody')}
      </ConfirmDialog>
    </Section>
  );
}
