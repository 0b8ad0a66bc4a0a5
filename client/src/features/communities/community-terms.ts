import {
  BUILT_COMMUNITY_TOOLS,
  type CommunityRole,
  type CommunityTool,
  type CommunityType,
  type CommunityVisibility,
} from '@commonroom/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Translated names and descriptions of community types, visibilities, tools and roles. Every id
 * in the contracts must have its `communities.*` key, or the type check fails: English stays complete.
 */
export function useCommunityTerms() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      type: (id: CommunityType) => t(`communities.type.${id}.label`),
      typeDescription: (id: CommunityType) => t(`communities.type.${id}.description`),
      visibility: (id: CommunityVisibility) => t(`communities.visibility.${id}.label`),
      visibilityDescription: (id: CommunityVisibility) => t(`communities.visibility.${id}.description`),
      tool: (id: CommunityTool) => t(`communities.tool.${id}.label`),
      toolDescription: (id: CommunityTool) => t(`communities.tool.${id}.description`),
      role: (role: CommunityRole) => t(`communities.role.${role}`),
      /** The role inside a sentence: "as a member". */
      roleNoun: (role: CommunityRole) => t(`communities.roleNoun.${role}`),
    }),
    [t],
  );
}

/**
 * Built tools in the order the contracts list them, so a saved selection does not depend on click
 * order and never includes a tool that does not exist yet.
 */
export function inToolOrder(tools: readonly string[]): CommunityTool[] {
  return BUILT_COMMUNITY_TOOLS.filter((id) => tools.includes(id));
}
