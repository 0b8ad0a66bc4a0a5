import { Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../../shared/routing/paths';
import { useCurrentUser } from '../../features/auth';

interface PrimaryNavProps {
  orientation: 'horizontal' | 'vertical';
  /** Lets the mobile menu close once a link is chosen. */
  onNavigate?: () => void;
}

/** The main sections. Only screens that exist are listed; dead ends cost teachers time. */
export function PrimaryNav({ orientation, onNavigate }: PrimaryNavProps) {
  const { t } = useTranslation();
  const signedIn = Boolean(useCurrentUser());
  const links = [
    { to: paths.home, label: t('app.nav.home'), end: true },
    { to: paths.communities, label: t('app.nav.communities'), end: false },
    { to: paths.partnerships, label: t('app.nav.partnerships'), end: false },
    { to: paths.organisations, label: t('app.nav.organisations'), end: false },
    // The people finder is for members: a visitor would only meet the sign-in page.
    ...(signedIn ? [{ to: paths.people, label: t('app.nav.people'), end: false }] : []),
  ];
  const List = orientation === 'horizontal' ? Group : Stack;
  return (
    <nav aria-label={t('app.nav.label')}>
      <List component="ul" gap={orientation === 'horizontal' ? 2 : 4} wrap="nowrap" className="primary-nav">
        {links.map((link) => (
          <li key={link.to}>
            {/* NavLink sets aria-current="page" on the active link; the CSS styles that. */}
            <NavLink to={link.to} end={link.end} className="primary-nav-link" onClick={onNavigate}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </List>
    </nav>
  );
}
