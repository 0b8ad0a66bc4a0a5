import { Button, Group, type ButtonProps } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

type FocusTarget = 'form' | 'button' | 'done' | null;

interface FormDisclosureProps {
  openLabel: string;
  /** The form. `close(true)` after it succeeded, `close(false)` when cancelled. */
  children: (close: (done: boolean) => void) => ReactNode;
  /** Where focus goes after the form succeeded (a heading near the result); the button otherwise. */
  doneFocusRef: RefObject<HTMLElement | null>;
  onOpen?: () => void;
  variant?: ButtonProps['variant'];
}

/**
 * A button that opens a form in place. Focus follows: to the form's first field on opening, back
 * to the button on cancelling, and to `doneFocusRef` once the form has done its work.
 */
export function FormDisclosure({
  openLabel,
  children,
  doneFocusRef,
  onOpen,
  variant = 'default',
}: FormDisclosureProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<FocusTarget>(null);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'form') formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
    if (target === 'button') buttonRef.current?.focus();
    if (target === 'done') doneFocusRef.current?.focus();
  });

  const toggle = (next: boolean, focus: FocusTarget) => {
    focusNext.current = focus;
    setOpen(next);
  };

  if (open) return <div ref={formRef}>{children((done) => toggle(false, done ? 'done' : 'button'))}</div>;
  return (
    <Group>
      <Button
        ref={buttonRef}
        variant={variant}
        onClick={() => {
          onOpen?.();
          toggle(true, 'form');
        }}
      >
        {openLabel}
      </Button>
    </Group>
  );
}
