import type { Notification } from '@commonroom/contracts';
import { Box, Group, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProviderMark } from '../../../shared/components/provider-mark';
import { useFormatDateTime } from '../../../shared/i18n/format-date';
import { noticeContext, noticeSentence } from './notice-text';

interface NoticeItemProps {
  notice: Notification;
  /** Following the link reads the notice (the thread page reads it too, but only once it has loaded). */
  onOpen: (notice: Notification) => void;
}

/** One notice as a link to where it happened (the post in place), unread ones in bold with a dot. */
export function NoticeItem({ notice, onOpen }: NoticeItemProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const provider = notice.context?.partnership?.leadProvider;
  const context = noticeContext(notice);
  return (
    <Box component="li" data-unread={!notice.read || undefined}>
      <UnstyledButton
        component={Link}
        to={notice.path}
        onClick={() => onOpen(notice)}
        p="xs"
        w="100%"
        display="block"
        style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      >
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Box
            aria-hidden="true"
            mt={6}
            w={8}
            h={8}
            bg={notice.read ? 'transparent' : 'commonroom.7'}
            style={{ borderRadius: '50%', flex: 'none' }}
          />
          <Stack gap={2} miw={0} flex={1}>
            <Text size="sm" fw={notice.read ? 500 : 700} style={{ overflowWrap: 'anywhere' }}>
              {!notice.read && <VisuallyHidden component="span">{t('notifications.unreadMark')} </VisuallyHidden>}
              {noticeSentence(notice, t)}
            </Text>
            {notice.thread && !notice.sensitive && (
              <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                {notice.thread.title}
              </Text>
            )}
            <Group gap={6} wrap="nowrap" miw={0}>
              {provider && <ProviderMark provider={provider} size={18} />}
              <Text size="xs" c="dimmed" truncate>
                {context && `${context} · `}
                <time dateTime={notice.updatedAt}>{formatDateTime(notice.updatedAt)}</time>
              </Text>
            </Group>
          </Stack>
        </Group>
      </UnstyledButton>
    </Box>
  );
}
