import type { ReactNode } from 'react';
import { BusyButton, type BusyButtonProps } from './busy-button';

interface SubmitButtonProps extends Omit<BusyButtonProps, 'busy' | 'busyLabel' | 'type' | 'children'> {
  pending: boolean;
  pendingLabel: string;
  children: ReactNode;
}

/** A form's submit button: busy while the request is pending, so a form is never sent twice. */
export function SubmitButton({ pending, pendingLabel, children, ...props }: SubmitButtonProps) {
  return (
    <BusyButton type="submit" busy={pending} busyLabel={pendingLabel} {...props}>
      {children}
    </BusyButton>
  );
}
