import { Button, Loader, type ButtonProps } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';

export interface BusyButtonProps extends Omit<ButtonProps, 'children'> {
  busy: boolean;
  children: ReactNode;
  /** Said on the button while its request is on its way, e.g. "Signing in…". */
  busyLabel?: string;
  type?: 'button' | 'submit';
  onClick?: () => void;
  'aria-label'?: string;
  'aria-describedby'?: string;
}

/**
 * A button that says when it is working and cannot be pressed twice. It stays focusable while
 * busy (aria-disabled rather than disabled), so keyboard focus is not thrown back to the top
 * of the page in the middle of a task.
 */
export function BusyButton({ busy, children, busyLabel, type = 'button', onClick, ...props }: BusyButtonProps) {
  const handleClick = (event: MouseEvent) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.();
  };
  return (
    <Button
      type={type}
      aria-disabled={busy || undefined}
      data-disabled={busy || undefined}
      leftSection={busy ? <Loader size="xs" color="gray" aria-hidden="true" /> : undefined}
      onClick={handleClick}
      {...props}
    >
      {busy && busyLabel ? busyLabel : children}
    </Button>
  );
}
