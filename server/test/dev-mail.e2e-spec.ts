import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobQueue } from '../src/infrastructure/jobs/job-queue';
import { MailService } from '../src/infrastructure/mail/mail.service';
import { renderEmail } from '../src/infrastructure/mail/render-email';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';

type DevMailList = { items: { id: string; to: string; subject: string; text: string; receivedAt: string }[] };

const { text, html } = renderEmail({
  paragraphs: ['Tom & Jerry <script>alert(1)</script> asked you to confirm.'],
  action: { label: 'Confirm your email address', url: 'http://localhost:3000/verify-email?token=tok_e2e&x=1' },
});
const message = {
  to: 'sam@school.example.org',
  subject: 'Confirm <b>now</b> & today',
  text,
  html,
  category: 'verify-email',
};

describe('development outbox (no SMTP_URL)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
    await sut.app.get(MailService).send(message);
    // Sending queues the message; the mail job puts it in the outbox.
    await sut.app.get(JobQueue).drain(['mail']);
  });
  afterAll(() => sut.close());

  it('lists sent messages as JSON for browser tests', async () => {
    const response = await sut.request('/api/dev/mail');
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as DevMailList;
    expect(items).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        to: 'sam@school.example.org',
        subject: message.subject,
        text,
        receivedAt: expect.any(String),
      },
    ]);
    expect(items[0]!.text).toContain('http://localhost:3000/verify-email?token=tok_e2e&x=1');
  });

  it('shows an escaped list linking to each message, and the message with its link clickable', async () => {
    const { items } = (await (await sut.request('/api/dev/mail')).json()) as DevMailList;
    const list = await sut.request('/dev/mail');
    expect(list.status).toBe(200);
    expect(list.headers.get('content-type')).toContain('text/html');
    const listHtml = await list.text();
    expect(listHtml).toContain(`<a href="/dev/mail/${items[0]!.id}">Confirm &lt;b&gt;now&lt;/b&gt; &amp; today</a>`);
    expect(listHtml).not.toContain('<b>now');

    const page = await sut.request(`/dev/mail/${items[0]!.id}`);
    expect(page.status).toBe(200);
    const pageHtml = await page.text();
    expect(pageHtml).toContain('<a href="http://localhost:3000/verify-email?token=tok_e2e&amp;x=1">');
    expect(pageHtml).toContain('Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(pageHtml).not.toContain('<script>');
  });

  it('answers 404 for a message that is not in the outbox', async () => {
    const response = await sut.request('/dev/mail/00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(404);
  });
});

describe('with SMTP_URL set', () => {
  let sink: SmtpSink;
  let sut: TestApp;

  beforeAll(async () => {
    sink = await startSmtpSink();
    const dist = mkdtempSync(join(tmpdir(), 'commonroom-client-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Commonroom test shell</title>');
    sut = await startTestApp({ SMTP_URL: sink.url, SERVE_CLIENT: 'true', CLIENT_DIST_DIR: dist });
  });
  afterAll(async () => {
    // The sink must stop even if the app never started, or Jest waits for it forever.
    try {
      await sut?.close();
    } finally {
      await sink.stop();
    }
  });

  it('has no development outbox routes, and the client shell does not answer for them either', async () => {
    for (const path of ['/dev/mail', '/dev/mail/00000000-0000-4000-8000-000000000000', '/api/dev/mail']) {
      const response = await sut.request(path);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('Commonroom test shell');
    }
  });

  it('sends through the mail server instead', async () => {
    await sut.app.get(MailService).send(message);
    const mail = await sink.waitForMessage((m) => m.to.includes('sam@school.example.org'));
    expect(mail.subject).toBe(message.subject);
    expect(mail.from).toBe('no-reply@localhost');
  });
});
