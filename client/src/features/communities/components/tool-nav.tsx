import { isBuiltCommunityTool, type CommunityDetail } from '@commonroom/contracts';
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { useCommunityTerms } from '../community-terms';

/**
 * The community's own navigation: its home, then only the tools its facilitators have switched
 * on and that exist, in the order the server gives. A switched-off tool is simply not there.
 */
export function ToolNav({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const terms = useCommunityTerms();
  const links = [
    { to: paths.community(community.slug), label: t('communities.tools.home'), end: true },
    ...community.tools.filter(isBuiltCommunityTool).map((tool) => ({
      to: paths.communityTool(community.slug, tool),
      label: terms.tool(tool),
      end: false,
    })),
  ];
  return (
    <nav aria-label={t('communities.tools.navLabel', { name: community.name })}>
      <Group component="ul" gap="xs" className="primary-nav">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="primary-nav-link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </Group>
    </nav>
  );
}
