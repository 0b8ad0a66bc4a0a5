import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * A calm deep teal. Shade 7 (the filled colour) has 5.7:1 contrast with white and shade 9 on
 * shade 1 (the "light" variant) 6.4:1, so text on either passes WCAG AA.
 */
const commonroom: MantineColorsTuple = [
  '#e6f4f3',
  '#cde6e4',
  '#a3d2ce',
  '#74bbb5',
  '#4ba69f',
  '#2d958e',
  '#15857e',
  '#00736c',
  '#00665f',
  '#005851',
];

export const theme = createTheme({
  colors: { commonroom },
  primaryColor: 'commonroom',
  primaryShade: 7,
  black: '#1f2a30',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
    fontWeight: '700',
  },
  defaultRadius: 'md',
  // Rings only for keyboard users, made thicker in global.css.
  focusRing: 'auto',
  cursorType: 'pointer',
  respectReducedMotion: true,
});

/**
 * Mantine's light defaults put some text and borders below AA contrast (dimmed text 3.3:1,
 * error text 3.3:1, input borders 1.5:1). These replace them with colours that pass.
 */
export const accessibleColours: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': '#6b7780',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-default-border': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});
