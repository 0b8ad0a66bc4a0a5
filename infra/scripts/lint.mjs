// `npm run lint` (and the first step of `npm test`): ESLint over the whole tree, then Prettier's
// check. Both always run, so one report shows every finding. `npm run format` (--fix) formats with
// Prettier, lets ESLint fix what it can, and reports only what is left for a person.
import { join } from 'node:path';
import { node24, repoRoot, run } from './run.mjs';

const fix = process.argv.includes('--fix');
const prettier = (mode) =>
  run(node24, [join(repoRoot, 'node_modules/prettier/bin/prettier.cjs'), mode, '--log-level=warn', '.']);
const eslint = () =>
  run(node24, [
    join(repoRoot, 'node_modules/eslint/bin/eslint.js'),
    '.',
    '--max-warnings=0',
    ...(fix ? ['--fix'] : []),
  ]);

if (fix) {
  await prettier('--write');
  // Prettier is not always stable in one pass (long member chains settle on the second).
  if ((await prettier('--check')) !== 0) await prettier('--write');
}
const linted = await eslint();
const formatted = await prettier('--check');
if (linted !== 0) process.stderr.write('ESLint found problems (above).\n');
if (formatted !== 0) process.stderr.write('Prettier: the files above are not formatted (npm run format).\n');
process.exit(linted === 0 && formatted === 0 ? 0 : 1);
