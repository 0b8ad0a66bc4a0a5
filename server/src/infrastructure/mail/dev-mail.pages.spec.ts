import { linkify, messagePage, outboxPage } from './dev-mail.pages';
import type { OutboxMessage } from './dev-outbox.transport';

const message: OutboxMessage = {
  id: '3f0c8f5e-8a4e-4a57-9d7e-0c6f7a1b2c3d',
  to: 'sam@example.org',
  from: 'Commonroom <no-reply@localhost>',
  subject: 'Confirm <script>alert(1)</script> & more',
  text: 'Open https://commonroom.test/verify-email?token=a&b=c. Not javascript:alert(1) <b>bold</b>',
  category: 'verify-email',
  receivedAt: '2025-01-02T03:04:05.000Z',
};

describe('development outbox pages', () => {
  it('links only http(s) URLs, leaves trailing punctuation outside, and escapes the rest', () => {
    expect(linkify(message.text)).toBe(
      'Open <a href="https://commonroom.test/verify-email?token=a&amp;b=c">https://commonroom.test/verify-email?token=a&amp;b=c</a>. ' +
        'Not javascript:alert(1) &lt;b&gt;bold&lt;/b&gt;',
    );
  });

  it('lists each message with its time, recipient and an escaped subject linking to the message', () => {
    const html = outboxPage([message]);
    expect(html).toContain('<td>sam@example.org</td>');
    expect(html).toContain(
      `<a href="/dev/mail/${message.id}">Confirm &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</a>`,
    );
    expect(html).toContain('2025-01-02 03:04:05');
    expect(html).not.toContain('<script>');
  });

  it('says so when nothing has been sent', () => {
    expect(outboxPage([])).toContain('No email has been sent since the server started.');
  });

  it('shows one message with an escaped title and body', () => {
    const html = messagePage(message);
    expect(html).toContain('<title>Confirm &lt;script&gt;alert(1)&lt;/script&gt; &amp; more – Commonroom</title>');
    expect(html).toContain('<dt>Category</dt><dd>verify-email</dd>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>bold');
  });
});
