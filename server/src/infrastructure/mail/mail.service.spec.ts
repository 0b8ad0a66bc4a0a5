import { Logger } from '@nestjs/common';
import { InMemoryJobQueue } from '../../../test/support/in-memory-job-queue';
import type { AppConfig } from '../config/app-config';
import { MetricsService } from '../observability/metrics.service';
import { SecretBox } from '../security/secret-box';
import { MailDeliveryError, type AddressedMail, type MailTransport } from './mail-transport';
import { MailService, recipientHash } from './mail.service';

const config = {
  http: { publicUrl: 'https://commonroom.test' },
  mail: {
    smtpUrl: undefined,
    from: 'Commonroom <no-reply@example.org>',
    devOutbox: true,
    retryLimit: 8,
    retryDelaySeconds: 30,
  },
} as unknown as AppConfig;
const message = {
  to: 'Sam.Teacher@example.org',
  subject: 'Confirm your email address',
  text: 'Your link: https://commonroom.test/verify-email?token=SECRET-TOKEN',
  replyTo: 'reply+abc@commonroom.test',
  category: 'verify-email',
};

class FakeTransport implements MailTransport {
  delivered: AddressedMail[] = [];
  failWith: unknown;
  async deliver(mail: AddressedMail) {
    if (this.failWith) throw this.failWith;
    this.delivered.push(mail);
  }
  async close() {}
}

async function counted(metrics: MetricsService, outcome: string): Promise<number> {
  const { values } = await metrics.mailMessages.get();
  return values.find((v) => v.labels.category === 'verify-email' && v.labels.outcome === outcome)?.value ?? 0;
}

describe('MailService', () => {
  let transport: FakeTransport;
  let metrics: MetricsService;
  let jobs: InMemoryJobQueue;
  let sut: MailService;
  let logged: jest.SpyInstance[];

  beforeEach(() => {
    transport = new FakeTransport();
    metrics = new MetricsService();
    jobs = new InMemoryJobQueue();
    sut = new MailService(transport, metrics, config, jobs, new SecretBox(Buffer.alloc(32, 3)));
    sut.onModuleInit();
    logged = (['log', 'error', 'warn', 'debug'] as const).map((level) =>
      jest.spyOn(Logger.prototype, level).mockImplementation(() => undefined),
    );
  });
  afterEach(() => jest.restoreAllMocks());

  const logText = () => JSON.stringify(logged.flatMap((spy) => spy.mock.calls));

  it('queues the message sealed: the stored job holds no address, subject or token', async () => {
    await sut.send(message);
    expect(transport.delivered).toEqual([]);
    expect(jobs.pending).toHaveLength(1);
    expect(jobs.pending[0]).toMatchObject({ name: 'mail', data: { category: 'verify-email' } });
    expect(JSON.stringify(jobs.pending[0])).not.toMatch(/example\.org|SECRET-TOKEN|Confirm your email/i);
  });

  it('delivers from MAIL_FROM when the job runs, counts it and logs its category and a recipient hash only', async () => {
    await sut.send(message);
    await jobs.drain();
    expect(transport.delivered).toEqual([{ ...message, from: 'Commonroom <no-reply@example.org>' }]);
    await expect(counted(metrics, 'sent')).resolves.toBe(1);
    expect(logText()).toContain('"category":"verify-email"');
    expect(logText()).toContain(recipientHash('sam.teacher@example.org'));
    expect(logText()).not.toMatch(/example\.org|SECRET-TOKEN|Confirm your email/i);
  });

  it('hashes the same address the same way whatever its case or spacing', () => {
    expect(recipientHash(' Sam.Teacher@Example.org ')).toBe(recipientHash('sam.teacher@example.org'));
    expect(recipientHash('sam@example.org')).not.toBe(recipientHash('alex@example.org'));
  });

  it('fails the job with MailDeliveryError and the SMTP code, so the queue retries it, and keeps the reply text out of logs', async () => {
    transport.failWith = Object.assign(new Error('550 5.1.1 <sam.teacher@example.org>: Recipient address rejected'), {
      responseCode: 550,
      code: 'EENVELOPE',
    });
    await sut.send(message);
    await jobs.drain();
    const error = jobs.failed[0]?.error;
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect(error).toMatchObject({
      category: 'verify-email',
      reason: '550',
      message: 'The verify-email email could not be sent (550).',
    });
    expect((error as Error).cause).toBeUndefined();
    await expect(counted(metrics, 'failed')).resolves.toBe(1);
    await expect(counted(metrics, 'sent')).resolves.toBe(0);
    expect(logText()).toContain('Email could not be sent');
    expect(logText()).not.toMatch(/example\.org|Recipient address rejected|SECRET-TOKEN/i);
  });

  it('closes the transport when the app shuts down', async () => {
    const close = jest.spyOn(transport, 'close');
    await sut.onApplicationShutdown();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('queues a rendered notice, and answers false instead of throwing when it cannot even be queued', async () => {
    const content = {
      greeting: 'Hello,',
      paragraphs: ['You were invited.'],
      action: { label: 'See it', url: 'https://commonroom.test/invitations/abc' },
    };
    await expect(sut.sendNotice('a@example.org', 'verify-email', 'An invitation', content)).resolves.toBe(true);
    await jobs.drain();
    expect(transport.delivered[0]).toMatchObject({ to: 'a@example.org', subject: 'An invitation' });
    expect(transport.delivered[0]!.text).toContain('https://commonroom.test/invitations/abc');
    jest.spyOn(jobs, 'send').mockRejectedValue(new Error('connection refused'));
    await expect(sut.sendNotice('a@example.org', 'verify-email', 'An invitation', content)).resolves.toBe(false);
    expect(logText()).toContain('Email not queued');
  });
});
