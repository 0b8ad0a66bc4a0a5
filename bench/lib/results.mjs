import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes a bench's report to bench/results/<name>.json (committed) and says so. */
export function writeResult(repoRoot, name, report) {
  writeFileSync(join(repoRoot, 'bench', 'results', `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`Wrote bench/results/${name}.json\n`);
}
