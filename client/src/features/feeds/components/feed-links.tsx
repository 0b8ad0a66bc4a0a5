import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { useCurrentUser } from '../../auth';
import { useFeedToken } from '../api/feeds.queries';
import { feedUrl, type FeedSubject } from '../feed-urls';
import { RssIcon } from './rss-icon';

interface FeedLinksProps {
  community: { slug: string; name: string; publicReading: boolean };
  subject: FeedSubject;
}

const linkStyle = { display: 'inline-flex', alignItems: 'center', gap: 6, minHeight: 24 } as const;

/**
 * "Follow in a feed reader" for a forum, category or tag page, and the page's
 * `<link rel="alternate">` tags (React places them in the document head). A community anyone
 * may read has public feeds; any other needs the person's private link, made in settings.
 */
export function FeedLinks({ community, subject }: FeedLinksProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const isPrivate = !community.publicReading;
  const tokenState = useFeedToken(isPrivate && Boolean(user));
  if (isPrivate && (!user || !tokenState.isSuccess)) return null;
  const token = isPrivate ? tokenState.data?.token : undefined;
  if (isPrivate && !token)
    return (
      <Anchor component={Link} to={paths.settingsFeeds} size="sm" style={linkStyle}>
        <RssIcon />
        {t('feeds.links.makePrivate')}
      </Anchor>
    );

  const title =
    subject.kind === 'category'
      ? t('feeds.links.categoryTitle', { name: subject.name, community: community.name })
      : subject.kind === 'tag'
        ? t('feeds.links.tagTitle', { tag: subject.tag, community: community.name })
        : t('feeds.links.forumTitle', { community: community.name });
  const rss = feedUrl(community.slug, subject, 'rss', token ?? undefined);
  const atom = feedUrl(community.slug, subject, 'atom', token ?? undefined);
  return (
    <Group gap="sm" component="p" m={0}>
      <link rel="alternate" type="application/rss+xml" title={title} href={rss} />
      <link rel="alternate" type="application/atom+xml" title={title} href={atom} />
      <Anchor href={rss} size="sm" style={linkStyle} aria-label={t('feeds.links.followLabel', { title })}>
        <RssIcon />
        {t('feeds.links.follow')}
      </Anchor>
      <Anchor href={atom} size="sm" style={linkStyle} aria-label={t('feeds.links.atomLabel', { title })}>
        {t('feeds.links.atom')}
      </Anchor>
    </Group>
  );
}
