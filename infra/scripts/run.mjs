// Small helpers shared by the start and test scripts.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { node24, repoRoot } from './node24.mjs';

export { node24, repoRoot };

/** Runs a command, streaming its output; resolves with the exit code (never rejects). */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      cwd: repoRoot,
      ...options,
      env: { ...process.env, ...options.env },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      process.stderr.write(`${command}: ${error.message}\n`);
      resolve(1);
    });
  });
}

/** Runs Nx on Node 24 with no daemon, no cloud and no analytics. */
export function nx(args) {
  return run(node24, [join(repoRoot, 'node_modules', '.bin', 'nx'), ...args], {
    env: {
      NX_DAEMON: 'false',
      NX_NO_CLOUD: 'true',
      NX_TUI: 'false',
      NX_SKIP_NX_CACHE: process.env.NX_SKIP_NX_CACHE ?? '',
    },
  });
}
