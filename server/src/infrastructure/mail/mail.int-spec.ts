import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { testDatabaseUrl } from '../../../test/support/database';
import { linkFrom, startSmtpSink, type SmtpSink } from '../../../test/support/smtp-sink';
import type { Actor } from '../auth/actor';
import { loadConfig } from '../config/load-config';
import { JobsAdminService } from '../jobs/jobs-admin.service';
import { PgBossJobQueue } from '../jobs/pg-boss-job-queue';
import { MetricsService } from '../observability/metrics.service';
import { SecretBox } from '../security/secret-box';
import { MailService } from './mail.service';
import { renderEmail } from './render-email';
import { SmtpMailTransport } from './smtp-mail.transport';

const admin = { userId: randomUUID(), platformRole: 'admin' } as Actor;

interface Running {
  sut: MailService;
  metrics: MetricsService;
  jobs: PgBossJobQueue;
  stop(): Promise<void>;
}

/** A MailService on a real job queue (its own pg-boss on this worker's database) and a real SMTP server. */
async function mailServiceFor(smtpUrl: string, retry = { limit: 8, delaySeconds: 1 }): Promise<Running> {
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      SMTP_URL: smtpUrl,
      MAIL_FROM: 'Commonroom Test <no-reply@commonroom.test>',
      MAIL_RETRY_LIMIT: String(retry.limit),
      MAIL_RETRY_DELAY_SECONDS: String(retry.delaySeconds),
    },
    { repoRoot: '/tmp', version: '0.0.0-test' },
  );
  const metrics = new MetricsService();
  const jobs = new PgBossJobQueue({ url: await testDatabaseUrl(), work: true, pollSeconds: 0.5 }, metrics);
  await jobs.start();
  const sut = new MailService(
    new SmtpMailTransport(smtpUrl),
    metrics,
    config,
    jobs,
    new SecretBox(Buffer.alloc(32, 9)),
  );
  sut.onModuleInit();
  await jobs.work();
  return {
    sut,
    metrics,
    jobs,
    stop: async () => {
      await jobs.stop();
      await sut.onApplicationShutdown();
      await jobs.settled();
    },
  };
}

describe('sending email over SMTP through the job queue', () => {
  let sink: SmtpSink;
  let running: Running | undefined;

  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink.stop());
  beforeEach(() => {
    for (const level of ['log', 'warn', 'error'] as const)
      jest.spyOn(Logger.prototype, level).mockImplementation(() => undefined);
  });
  afterEach(async () => {
    await running?.stop();
    running = undefined;
    sink.rejectRecipients();
    jest.restoreAllMocks();
  });

  it('delivers recipient, sender, reply-to, subject, both bodies and custom headers to a real SMTP server', async () => {
    running = await mailServiceFor(sink.url);
    const { text, html } = renderEmail({
      greeting: 'Hello Sam,',
      paragraphs: ['Please confirm your email address.'],
      action: { label: 'Confirm your email address', url: 'http://localhost:3000/verify-email?token=tok_123' },
    });
    await running.sut.send({
      to: 'sam@school.example.org',
      subject: 'Confirm your email address',
      text,
      html,
      replyTo: 'reply+abc123@commonroom.test',
      headers: { 'List-Unsubscribe': '<https://commonroom.test/settings/email>' },
      category: 'verify-email',
    });
    const mail = await sink.waitFor((m) => m.to.includes('sam@school.example.org'));
    expect(mail.from).toBe('no-reply@commonroom.test');
    expect(mail.subject).toBe('Confirm your email address');
    expect(mail.text).toContain('Please confirm your email address.');
    expect(mail.html).toContain('lang="en-GB"');
    expect(mail.headers['reply-to']).toContain('reply+abc123@commonroom.test');
    expect(mail.headers['list-unsubscribe']).toBe('<https://commonroom.test/settings/email>');
    expect(linkFrom(mail, '/verify-email')).toBe('http://localhost:3000/verify-email?token=tok_123');
  });

  it('keeps mail queued through an SMTP outage and then delivers every message exactly once', async () => {
    running = await mailServiceFor(sink.url);
    await sink.stop();
    const tag = randomUUID().slice(0, 8);
    for (const n of [1, 2, 3, 4, 5])
      await running.sut.send({
        to: `outage${n}-${tag}@example.org`,
        subject: `Outage ${n}`,
        text: `Message ${n}`,
        category: 'outage-test',
      });
    // Every message was tried and refused at least once while the server was down.
    await waitUntil(async () => ((await running!.metrics.mailMessages.get()).values[0]?.value ?? 0) >= 5);
    await sink.start();
    await running.jobs.drain(['mail'], 30_000).catch(() => undefined);
    for (const n of [1, 2, 3, 4, 5]) await sink.waitFor((m) => m.to.includes(`outage${n}-${tag}@example.org`), 30_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const ours = sink.messages.filter((m) => m.to.some((to) => to.endsWith(`-${tag}@example.org`)));
    expect(ours.map((m) => m.subject).sort()).toEqual(['Outage 1', 'Outage 2', 'Outage 3', 'Outage 4', 'Outage 5']);
  });

  it('sets a message aside as dead once its retries are used up; an admin retry delivers it', async () => {
    running = await mailServiceFor(sink.url, { limit: 1, delaySeconds: 1 });
    const to = `dead-${randomUUID().slice(0, 8)}@example.org`;
    sink.rejectRecipients((address) => address === to);
    await running.sut.send({ to, subject: 'Reset your password', text: 'token=SECRET', category: 'reset-password' });
    const adminApi = new JobsAdminService(running.jobs);
    await waitUntil(async () => (await adminApi.summary(admin)).find((q) => q.queue === 'mail')?.dead === 1);
    const [dead] = await adminApi.failed(admin, 'mail');
    expect(dead).toMatchObject({ queue: 'mail', state: 'dead', attempts: 2 });
    expect(dead!.lastError).toBe('The reset-password email could not be sent (550).');
    expect(sink.messages.some((m) => m.to.includes(to))).toBe(false);

    sink.rejectRecipients();
    await adminApi.retry(admin, dead!.id);
    const mail = await sink.waitFor((m) => m.to.includes(to), 10_000);
    expect(mail.text).toContain('token=SECRET');
    expect(await adminApi.failed(admin, 'mail')).toEqual([]);
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('linkFrom', () => {
  const mail = {
    to: [],
    from: undefined,
    subject: 'Reset',
    text: 'See https://a.test/about, then https://a.test/reset-password?t=1.',
    html: undefined,
    headers: {},
  };

  it('returns the first link whose path starts with the prefix, without trailing punctuation', () => {
    expect(linkFrom(mail, '/reset-password')).toBe('https://a.test/reset-password?t=1');
  });

  it('fails with the subject when there is no such link', () => {
    expect(() => linkFrom(mail, '/verify-email')).toThrow('The email "Reset" has no link to /verify-email.');
  });
});
