// One lint configuration for the whole monorepo (ESLint flat config). Formatting is Prettier's job
// (.prettierrc.json); eslint-config-prettier, last, switches off every rule that would fight it.
// `npm run lint` runs ESLint and `prettier --check`; `npm run format` fixes what both can fix.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Prettier wraps code at 120 characters; this flags what it cannot wrap (comments, long chains of names).
const MAX_LEN = {
  code: 120,
  ignoreUrls: true,
  ignoreStrings: true,
  ignoreTemplateLiterals: true,
  ignoreRegExpLiterals: true,
};
const TESTS = ['**/*.spec.ts', '**/*.spec.tsx', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**', 'e2e/**'];

export default defineConfig(
  globalIgnores([
    '**/dist/**',
    '.nx/**',
    '.reports/**',
    '.data/**',
    '**/coverage/**',
    '**/test-results/**',
    '**/playwright-report/**',
    'bench/.work/**',
    'bench/results/**',
    'docs/api/**',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Matching control characters is deliberate here (upload names, return-to paths, NUL-byte checks).
      'no-control-regex': 'off',
    },
  },
  {
    // The client runs in the browser and is React. The two classic hooks rules: v7's presets add the
    // React Compiler's rules, which assume the compiler (not used here) and misread hooks that return
    // refs inside objects (useContractForm's formRef) as reading refs during render.
    files: ['client/**/*.{ts,tsx}'],
    extends: [jsxA11y.flatConfigs.recommended],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Scripts and tests talk to the terminal.
    files: ['**/scripts/**', 'bench/**', ...TESTS],
    rules: { 'no-console': 'off' },
  },
  prettier,
  // eslint-config-prettier switches max-len off; it is safe after it because it ignores what Prettier wraps.
  { rules: { 'max-len': ['error', MAX_LEN] } },
);
