// `npm run lint` (and the first step of `npm test`): ESLint over the whole tree, then Prettier's
// check. Both always run, so one report shows every finding; `npm run format` fixes what they can.
import { join } from 'node:path';
import { node24, repoRoot, run } from './run.mjs';

const bin = (name) => join(repoRoot, 'node_modules', name);
const fix = process.argv.includes('--fix');

const eslint = await run(node24, [bin('eslint/bin/eslint.js'), '.', '--max-warnings=0', ...(fix ? ['--fix'] : [])]);
const prettier = await run(node24, [
  bin('prettier/bin/prettier.cjs'),
  fix ? '--write' : '--check',
  '--log-level=warn',
  '.',
]);
if (eslint !== 0) process.stderr.write('ESLint found problems (above).\n');
if (prettier !== 0) process.stderr.write(`Prettier: files above are not formatted${fix ? '' : ' (npm run format)'}.\n`);
process.exit(eslint === 0 && prettier === 0 ? 0 : 1);
