import { BUILT_COMMUNITY_TOOLS, type CommunityTool } from '@commonroom/contracts';
import { Checkbox, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { inToolOrder, useCommunityTerms } from '../community-terms';

interface ToolFieldsProps {
  value: CommunityTool[];
  onChange: (tools: CommunityTool[]) => void;
}

/** Tools to start with, when creating a community. Only tools that exist are offered. */
export function ToolCheckboxes({ value, onChange }: ToolFieldsProps) {
  const { t } = useTranslation();
  const terms = useCommunityTerms();
  return (
    <Checkbox.Group
      label={t('communities.form.tools')}
      description={t('communities.form.toolsHint')}
      value={value}
      onChange={(tools) => onChange(inToolOrder(tools))}
    >
      <Stack gap="sm" mt="xs">
        {BUILT_COMMUNITY_TOOLS.map((id) => (
          <Checkbox key={id} value={id} label={terms.tool(id)} description={terms.toolDescription(id)} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** One switch per tool, for a community's settings: on means members see it. */
export function ToolSwitches({ value, onChange }: ToolFieldsProps) {
  const terms = useCommunityTerms();
  const toggle = (tool: CommunityTool, on: boolean) =>
    onChange(inToolOrder(on ? [...value, tool] : value.filter((current) => current !== tool)));
  return (
    <Stack gap="md">
      {BUILT_COMMUNITY_TOOLS.map((id) => (
        <Switch
          key={id}
          name="tools"
          value={id}
          label={terms.tool(id)}
          // Mantine's switch label wraps the description too; name it by the tool alone, so the
          // description is read once, as a description.
          aria-label={terms.tool(id)}
          description={terms.toolDescription(id)}
          checked={value.includes(id)}
          onChange={(event) => toggle(id, event.currentTarget.checked)}
        />
      ))}
    </Stack>
  );
}
