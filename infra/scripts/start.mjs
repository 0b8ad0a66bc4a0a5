// `npm start`: build what is needed (cached by Nx), then start the server, which starts
// embedded PostgreSQL, migrates, seeds the demo region and serves the client on one port.
import { join } from 'node:path';
import { node24, nx, repoRoot, run } from './run.mjs';

const built = await nx([
  'run-many',
  '-t',
  'build',
  '--projects=@commonroom/server,@commonroom/client',
  '--output-style=static',
]);
if (built !== 0) process.exit(built);

const server = run(node24, [join(repoRoot, 'server', 'dist', 'main.js')]);
// The server handles SIGINT/SIGTERM itself (stops PostgreSQL cleanly); this wrapper just waits.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => undefined);
process.exit(await server);
