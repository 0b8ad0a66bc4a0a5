import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../../../test/support/data-source';
import { testDatabaseUrl } from '../../../test/support/database';
import type { Actor } from '../auth/actor';
import { MetricsService } from '../observability/metrics.service';
import type { Job } from './job-queue';
import { JobsAdminService } from './jobs-admin.service';
import { PgBossJobQueue } from './pg-boss-job-queue';

const admin = { userId: randomUUID(), platformRole: 'admin' } as Actor;
const member = { userId: randomUUID(), platformRole: 'member' } as Actor;

describe('JobQueue on pg-boss', () => {
  let url: string;
  let dataSource: DataSource;
  const started: PgBossJobQueue[] = [];

  beforeAll(async () => {
    Logger.overrideLogger(false);
    url = await testDatabaseUrl();
    dataSource = await openTestDataSource();
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map(async (q) => (await q.stop(), await q.settled())));
  });
  afterAll(() => dataSource.destroy());

  /** A node: one queue instance with its own pool, like one app process. */
  async function node(metrics = new MetricsService()): Promise<PgBossJobQueue> {
    const queue = new PgBossJobQueue({ url, work: true, pollSeconds: 0.5 }, metrics);
    started.push(queue);
    await queue.start();
    return queue;
  }
  const queueName = () => `test-${randomUUID().slice(0, 8)}`;

  it('runs a job with its data once, and counts it per queue', async () => {
    const metrics = new MetricsService();
    const sut = await node(metrics);
    const name = queueName();
    const seen: Job<{ userId: string }>[] = [];
    sut.define<{ userId: string }>({ name }, async (jobs) => void seen.push(...jobs));
    await sut.work();
    const id = await sut.send(name, { userId: 'u-1' });
    await sut.drain([name], 10_000);
    expect(seen).toEqual([{ id, name, data: { userId: 'u-1' } }]);
    const { values } = await metrics.jobsProcessed.get();
    expect(values).toEqual([{ labels: { queue: name, outcome: 'completed' }, value: 1 }]);
  });

  it('answers null for a second send with the same key while the first waits, and takes another key', async () => {
    const sut = await node();
    const name = queueName();
    const seen: string[] = [];
    sut.define<{ n: number }>({ name }, async (jobs) => void seen.push(...jobs.map((j) => String(j.data.n))));
    const later = new Date(Date.now() + 60_000);
    expect(await sut.send(name, { n: 1 }, { key: 'user-1:thread-1', startAfter: later })).toEqual(expect.any(String));
    expect(await sut.send(name, { n: 2 }, { key: 'user-1:thread-1' })).toBeNull();
    expect(await sut.send(name, { n: 3 }, { key: 'user-2:thread-1' })).toEqual(expect.any(String));
    await sut.work();
    // The scheduled job is not due, so draining runs only the other key's job.
    await sut.drain([name], 10_000);
    expect(seen).toEqual(['3']);
  });

  it('enqueues inside a TypeORM transaction: a rolled-back transaction leaves no job, a committed one does', async () => {
    const sut = await node();
    const name = queueName();
    const seen: string[] = [];
    sut.define<{ label: string }>({ name }, async (jobs) => void seen.push(...jobs.map((j) => j.data.label)));
    await sut.work();
    await dataSource
      .transaction(async (manager) => {
        await sut.send(name, { label: 'rolled back' }, { manager });
        await sut.sendMany(name, [{ data: { label: 'rolled back too' } }], manager);
        throw new Error('the change failed');
      })
      .catch(() => undefined);
    await dataSource.transaction(async (manager) => {
      await sut.send(name, { label: 'committed' }, { manager });
      await sut.sendMany(name, [{ data: { label: 'committed too' } }], manager);
    });
    await sut.drain([name], 10_000);
    expect(seen.sort()).toEqual(['committed', 'committed too']);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM pgboss.job WHERE name = $1`, [name]);
    expect(count).toBe(2);
  });

  it('retries a failing job with backoff, then moves it to the dead-letter queue where an admin sees and retries it', async () => {
    const metrics = new MetricsService();
    const sut = await node(metrics);
    const name = queueName();
    let failing = true;
    const attempts: string[] = [];
    sut.define<{ secret: string }>({ name, retryLimit: 1, retryDelaySeconds: 1 }, async (jobs) => {
      attempts.push(jobs[0]!.id);
      if (failing) throw new Error('SMTP said no (ECONNREFUSED)');
    });
    await sut.work();
    await sut.send(name, { secret: 'never shown to admins' });
    const adminApi = new JobsAdminService(sut);
    await waitUntil(async () => (await adminApi.summary(admin)).find((s) => s.queue === name)?.dead === 1);
    expect(attempts).toHaveLength(2);

    const failed = await adminApi.failed(admin, name);
    expect(failed).toEqual([
      expect.objectContaining({ queue: name, state: 'dead', attempts: 2, lastError: 'SMTP said no (ECONNREFUSED)' }),
    ]);
    expect(JSON.stringify(failed)).not.toContain('never shown');
    await expect(adminApi.failed(member, name)).rejects.toMatchObject({ code: 'not_found' });
    await expect(adminApi.retry(member, failed[0]!.id)).rejects.toMatchObject({ code: 'not_found' });

    failing = false;
    await adminApi.retry(admin, failed[0]!.id);
    await sut.drain([name], 10_000);
    expect(attempts).toHaveLength(3);
    expect(await adminApi.failed(admin, name)).toEqual([]);
    await expect(adminApi.retry(admin, failed[0]!.id)).rejects.toMatchObject({ code: 'not_found' });
    const { values } = await metrics.jobsProcessed.get();
    expect(values).toEqual(
      expect.arrayContaining([
        { labels: { queue: name, outcome: 'failed' }, value: 2 },
        { labels: { queue: name, outcome: 'completed' }, value: 1 },
      ]),
    );
  });

  it('hands each job to exactly one of two nodes working the same queue on one database', async () => {
    const [a, b] = await Promise.all([node(), node()]);
    const name = queueName();
    const runs: { node: string; n: number }[] = [];
    const handler = (label: string) => async (jobs: Job<{ n: number }>[]) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      runs.push(...jobs.map((j) => ({ node: label, n: j.data.n })));
    };
    a.define({ name, concurrency: 2 }, handler('a'));
    b.define({ name, concurrency: 2 }, handler('b'));
    await Promise.all([a.work(), b.work()]);
    await a.sendMany(
      name,
      Array.from({ length: 40 }, (_, n) => ({ data: { n } })),
    );
    await a.drain([name], 20_000);
    expect(runs.map((r) => r.n).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, n) => n));
    expect(new Set(runs.map((r) => r.node))).toEqual(new Set(['a', 'b']));
  });

  it('lets active jobs finish when stopping, and refuses a queue nobody defined', async () => {
    const sut = await node();
    const name = queueName();
    let finished = false;
    sut.define({ name }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      finished = true;
    });
    await sut.work();
    await sut.send(name, {});
    await waitUntil(async () => (await new JobsAdminService(sut).summary(admin))[0]?.active === 1);
    await sut.stop();
    expect(finished).toBe(true);
    await expect(
      new PgBossJobQueue({ url, work: false, pollSeconds: 1 }, new MetricsService()).send('nope', {}),
    ).rejects.toThrow('No job queue named nope is defined');
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
