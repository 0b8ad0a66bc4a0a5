import { toPartnershipRef, type PartnershipRefRow } from '../communities';

/** The community and the provider (or partnership) it belongs to, as a subject's bracket shows them. */
export function contextLabel(row: PartnershipRefRow & { community_name: string }): string {
  const partnership = toPartnershipRef(row);
  const provider = partnership?.leadProvider?.name ?? partnership?.name;
  return provider ? `${row.community_name} · ${provider}` : row.community_name;
}

/** Links every activity email carries: the preferences page, the one-click URL and its landing page. */
export interface AlertLinks {
  preferences: string;
  /** The API a mail client POSTs to (RFC 8058). */
  oneClick: string;
  /** The page a person opens from the footer: says what stops, with a button. */
  landing: string;
}

/** The three links for a signed unsubscribe token. */
export function alertLinks(link: (path: string) => string, token: string): AlertLinks {
  return {
    preferences: link('/settings/notifications'),
    oneClick: link(`/api/email/unsubscribe?token=${token}`),
    landing: link(`/unsubscribe?token=${token}`),
  };
}

/** RFC 8058 headers: mail clients show an "Unsubscribe" button that POSTs without opening a page. */
export function unsubscribeHeaders(links: AlertLinks): Record<string, string> {
  return { 'List-Unsubscribe': `<${links.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

/** The footer every activity email ends with: why it came, and how to change or stop it. */
export function alertFooter(links: AlertLinks, reason: string): string {
  return `${reason}\nChoose what you get by email: ${links.preferences}\nStop these emails: ${links.landing}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
