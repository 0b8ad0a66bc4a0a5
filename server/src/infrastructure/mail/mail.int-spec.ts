import { Logger } from '@nestjs/common';
import { linkFrom, startSmtpSink, type SmtpSink } from '../../../test/support/smtp-sink';
import { loadConfig } from '../config/load-config';
import { MetricsService } from '../observability/metrics.service';
import { MailDeliveryError } from './mail-transport';
import { MailService } from './mail.service';
import { renderEmail } from './render-email';
import { SmtpMailTransport } from './smtp-mail.transport';

function mailServiceFor(smtpUrl: string): { sut: MailService; metrics: MetricsService } {
  const config = loadConfig(
    { NODE_ENV: 'test', SMTP_URL: smtpUrl, MAIL_FROM: 'Commonroom Test <no-reply@commonroom.test>' },
    { repoRoot: '/tmp', version: '0.0.0-test' },
  );
  const metrics = new MetricsService();
  return { sut: new MailService(new SmtpMailTransport(smtpUrl), metrics, config), metrics };
}

describe('sending email over SMTP', () => {
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink.stop());
  beforeEach(() => jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('delivers recipient, sender, subject, both bodies and custom headers to a real SMTP server', async () => {
    const { sut } = mailServiceFor(sink.url);
    const { text, html } = renderEmail({
      greeting: 'Hello Sam,',
      paragraphs: ['Please confirm your email address.'],
      action: { label: 'Confirm your email address', url: 'http://localhost:3000/verify-email?token=tok_123' },
    });
    try {
      await sut.send({
        to: 'sam@school.example.org',
        subject: 'Confirm your email address',
        text,
        html,
        headers: { 'List-Unsubscribe': '<https://commonroom.test/settings/email>' },
        category: 'verify-email',
      });
      const mail = await sink.waitForMessage((m) => m.to.includes('sam@school.example.org'));
      expect(mail.from).toBe('no-reply@commonroom.test');
      expect(mail.subject).toBe('Confirm your email address');
      expect(mail.text).toContain('Please confirm your email address.');
      expect(mail.html).toContain('lang="en-GB"');
      expect(mail.headers['list-unsubscribe']).toBe('<https://commonroom.test/settings/email>');
      expect(linkFrom(mail, '/verify-email')).toBe('http://localhost:3000/verify-email?token=tok_123');
    } finally {
      await sut.onModuleDestroy();
    }
  });

  it('sends several messages at once through the connection pool and counts each', async () => {
    const { sut, metrics } = mailServiceFor(sink.url);
    try {
      await Promise.all(
        [1, 2, 3].map((n) =>
          sut.send({ to: `pool${n}@example.org`, subject: `Pool ${n}`, text: `Message ${n}`, category: 'pool-test' }),
        ),
      );
      for (const n of [1, 2, 3])
        await expect(sink.waitForMessage((m) => m.subject === `Pool ${n}`)).resolves.toMatchObject({
          to: [`pool${n}@example.org`],
        });
      const { values } = await metrics.mailMessages.get();
      expect(values).toEqual([{ labels: { category: 'pool-test', outcome: 'sent' }, value: 3 }]);
    } finally {
      await sut.onModuleDestroy();
    }
  });

  it('rejects with MailDeliveryError when the mail server is not running', async () => {
    const stopped = await startSmtpSink();
    await stopped.stop();
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { sut, metrics } = mailServiceFor(stopped.url);
    try {
      const error = await sut
        .send({ to: 'sam@example.org', subject: 'Hello', text: 'Hello', category: 'verify-email' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MailDeliveryError);
      expect(error).toMatchObject({ category: 'verify-email', reason: 'ESOCKET' });
      expect((error as MailDeliveryError).message).not.toContain('sam@example.org');
      const { values } = await metrics.mailMessages.get();
      expect(values).toEqual([{ labels: { category: 'verify-email', outcome: 'failed' }, value: 1 }]);
    } finally {
      await sut.onModuleDestroy();
    }
  });
});

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
