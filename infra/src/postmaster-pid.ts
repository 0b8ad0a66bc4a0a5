import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** What a `postmaster.pid` left in a data directory means for the next start. */
export type PostmasterState = { kind: 'absent' } | { kind: 'stale'; pid: number } | { kind: 'running'; pid: number };

/**
 * Reads `postmaster.pid` and decides whether its PostgreSQL is still alive. After the app is
 * killed with SIGKILL the server it started keeps running (an orphan) or, if it was killed too,
 * leaves its pid file behind; either blocks the next start unless handled here.
 */
export function inspectPostmaster(dataDir: string): PostmasterState {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return { kind: 'absent' };
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return { kind: 'stale', pid: 0 };
  return isPostgresProcess(pid) ? { kind: 'running', pid } : { kind: 'stale', pid };
}

export function removePostmasterPid(dataDir: string): void {
  rmSync(join(dataDir, 'postmaster.pid'), { force: true });
}

/** True when `pid` is alive and is a postgres process (pids are reused, so check the command). */
function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM means it exists but belongs to another user: still a live process.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('postgres');
  } catch {
    // No /proc (e.g. macOS): trust the liveness check.
    return true;
  }
}

/** Asks an orphaned postmaster to shut down fast (SIGINT) and waits until it has gone. */
export async function stopOrphanPostmaster(pid: number, timeoutMs = 15_000): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.kill(pid, 'SIGKILL');
}
