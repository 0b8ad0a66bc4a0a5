import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '@commonroom/infra';

const MAIN = join(__dirname, '..', 'dist', 'main.js');

/**
 * The built server as a person starts it: its own embedded PostgreSQL, migrations and demo
 * seed. Requires `dist/` (the test runner builds it first).
 */
describe('server process', () => {
  let dataRoot: string;
  let env: NodeJS.ProcessEnv;
  let port: number;

  beforeAll(async () => {
    if (!existsSync(MAIN))
      throw new Error(`Build the server first (npm run build -w @commonroom/server): ${MAIN} is missing`);
    dataRoot = mkdtempSync(join(tmpdir(), 'commonroom-proc-'));
    chmodSync(dataRoot, 0o755);
    port = await findFreePort();
    env = {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      PORT: String(port),
      EMBEDDED_PG_DIR: join(dataRoot, 'pg'),
      EMBEDDED_PG_PORT: String(await findFreePort()),
      SERVE_CLIENT: 'false',
      LOG_LEVEL: 'warn',
    };
  });

  /** `detached`: the server leads its own process group, as in a terminal, so the group can be signalled. */
  const start = () => spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });

  /** Signals a running server, waits for it to exit, and returns its exit code and everything it wrote. */
  async function stopWith(
    child: ChildProcess,
    send: (pid: number) => void,
  ): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const output = { stdout: '', stderr: '' };
    child.stdout!.on('data', (chunk) => (output.stdout += chunk));
    child.stderr!.on('data', (chunk) => (output.stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    send(child.pid!);
    const code = await exited;
    return { code, ...output };
  }

  async function waitUntilReady(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + 45_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('server did not become ready');
  }

  const organisationCount = async () =>
    (
      (await (await fetch(`http://127.0.0.1:${port}/api/organisations/overview`)).json()) as {
        totalOrganisations: number;
      }
    ).totalOrganisations;

  it('starts again after being killed with SIGKILL, with the same data', async () => {
    const first = start();
    await waitUntilReady(first);
    const seeded = await organisationCount();
    expect(seeded).toBeGreaterThanOrEqual(30);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));

    const second = start();
    let output = '';
    second.stdout!.on('data', (chunk) => (output += chunk));
    try {
      await waitUntilReady(second);
      expect(await organisationCount()).toBe(seeded);
      expect(output).toContain(`Commonroom is running: http://localhost:${port}`);
    } finally {
      second.kill('SIGTERM');
      await new Promise((resolve) => second.once('exit', resolve));
    }
  });

  describe.each([
    ['SIGTERM to the server', (pid: number) => process.kill(pid, 'SIGTERM')],
    // Ctrl+C in a terminal: its embedded PostgreSQL gets SIGINT at the same moment and stops by itself.
    ['SIGINT to its whole process group (Ctrl+C), PostgreSQL included', (pid: number) => process.kill(-pid, 'SIGINT')],
    [
      'SIGINT to the group, then SIGTERM during the shutdown',
      (pid: number) => {
        process.kill(-pid, 'SIGINT');
        setTimeout(() => process.kill(pid, 'SIGTERM'), 50);
      },
    ],
  ])('stopped with %s', (_how, send) => {
    it('exits 0 without an error, and starts again with the same data', async () => {
      const first = start();
      await waitUntilReady(first);
      const before = await organisationCount();
      const { code, stdout, stderr } = await stopWith(first, send);
      // Warnings about connections PostgreSQL closed as it stopped are expected; errors are not.
      expect(stderr).toBe('');
      expect(stdout).not.toMatch(/"level":(50|60)/);
      expect(code).toBe(0);

      const second = start();
      try {
        await waitUntilReady(second);
        expect(await organisationCount()).toBe(before);
      } finally {
        second.kill('SIGTERM');
        await new Promise((resolve) => second.once('exit', resolve));
      }
    });
  });

  it('refuses to start with bad configuration, naming every bad variable at once', () => {
    const result = spawnSync(process.execPath, [MAIN], {
      env: { ...env, PORT: 'abc', LOG_LEVEL: 'loud' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('2 configuration problem(s)');
    expect(result.stderr).toContain('PORT="abc": must be a port number');
    expect(result.stderr).toContain('LOG_LEVEL="loud"');
  });
});
