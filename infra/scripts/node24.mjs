// The Node 24 binary installed by the `node` devDependency. Scripts spawn it explicitly so a
// command started by an older system Node still runs the project on Node 24.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const local = join(repoRoot, 'node_modules', '.bin', 'node');
export const node24 = existsSync(local) ? local : process.execPath;
