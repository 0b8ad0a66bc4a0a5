import type { Notification } from '@commonroom/contracts';
import type { TFunction } from 'i18next';

/** "Tom Hughes", "Tom Hughes and Priya Nair", "Tom Hughes and 3 others". */
export function actorNames(notice: Pick<Notification, 'actors' | 'actorCount'>, t: TFunction): string {
  const [first, second] = notice.actors;
  if (!first) return t('notifications.someone');
  if (notice.actorCount === 2 && second)
    return t('notifications.actors.two', { first: first.displayName, second: second.displayName });
  if (notice.actorCount > 2)
    return t('notifications.actors.many', { first: first.displayName, count: notice.actorCount - 1 });
  return first.displayName;
}

/**
 * What happened, in one sentence. A sensitive notice says only that there is something new and
 * where: no title and no author, as its email would.
 */
export function noticeSentence(notice: Notification, t: TFunction): string {
  const community = notice.context?.community.name ?? t('app.name');
  if (notice.sensitive) return t('notifications.sensitive', { community });
  return t(`notifications.sentences.${notice.kind}`, {
    actors: actorNames(notice, t),
    count: notice.eventCount,
    community,
  });
}

/** Where it belongs: "University of Fenmoor · Science mentors", or the community alone. */
export function noticeContext(notice: Notification): string | null {
  if (!notice.context) return null;
  const provider = notice.context.partnership?.leadProvider?.name;
  return provider ? `${provider} · ${notice.context.community.name}` : notice.context.community.name;
}
