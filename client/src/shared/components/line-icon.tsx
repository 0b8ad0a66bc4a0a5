import type { ReactNode, SVGProps } from 'react';

/**
 * A 24×24 line icon drawn in the text colour (Tabler's style), always decorative: the control or
 * link it sits in says what it is in words.
 */
export function LineIcon({
  size = 18,
  children,
  ...rest
}: { size?: number; children: ReactNode } & Omit<SVGProps<SVGSVGElement>, 'width' | 'height'>) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      {children}
    </svg>
  );
}
