import { Badge, Group, Menu } from '@mantine/core';
import { Link } from 'react-router';

interface CountedMenuItemProps {
  to: string;
  label: string;
  /** The whole item as a screen reader hears it, count included ("Messages, 2 unread"). */
  accessibleLabel: string;
  count: number;
  /** Red for what waits on the person's duty (reports), the theme colour otherwise. */
  color?: string;
}

/** An account-menu link with how many things wait there, shown only when there are any. */
export function CountedMenuItem({ to, label, accessibleLabel, count, color }: CountedMenuItemProps) {
  return (
    <Menu.Item component={Link} to={to} aria-label={accessibleLabel}>
      <Group gap="xs" wrap="nowrap">
        {label}
        {count > 0 && (
          <Badge size="sm" circle color={color} aria-hidden="true">
            {count}
          </Badge>
        )}
      </Group>
    </Menu.Item>
  );
}
