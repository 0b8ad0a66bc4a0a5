import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseInbound } from './parse-inbound';
import { replyText } from './reply-text';

const fixture = (name: string) =>
  Buffer.from(
    readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'mail', name), 'utf8')
      .replaceAll('{{FROM}}', 'person@example.org')
      .replaceAll('{{TO}}', 'reply+abc@commonroom.example')
      .replaceAll('{{MESSAGE_ID}}', 'm1@mail.example'),
  );

describe('reply text from real mail programs', () => {
  it('Gmail: keeps the reply, drops the wrapped "On … wrote:" quote and the "--" signature', async () => {
    const message = await parseInbound(fixture('gmail.eml'));
    expect(await replyText(message.body)).toBe(
      'Thanks Tom – I tried the “one thing to work on” approach with my trainee this week and it helped.\n\n' +
        'She asked for a second observation next Tuesday.',
    );
  });

  it('Outlook (HTML only): drops the "From:/Sent:" block and the "Kind regards" signature', async () => {
    const message = await parseInbound(fixture('outlook.eml'));
    expect(await replyText(message.body)).toBe(
      'Happy to do the second observation with you.\n\nI will bring the lesson plan template.',
    );
  });

  it('Apple Mail: drops "Sent from my iPhone" and the quoted message', async () => {
    const message = await parseInbound(fixture('apple-mail.eml'));
    expect(await replyText(message.body)).toBe('Could I join the observation too? I’m free after 2pm.');
  });

  it('a Welsh "Ar … ysgrifennodd:" quote and a bare quote leave nothing but the reply', async () => {
    expect(await replyText('Diolch!\n\nAr ddydd Mawrth, 3 Meh 2025, Commonroom <r@x> ysgrifennodd:\n> hen')).toBe(
      'Diolch!',
    );
    expect(await replyText('> only the quote\n> again\n')).toBe('');
  });
});

describe('parseInbound', () => {
  it('reads sender, recipients and the Message-ID hash; the same Message-ID gives the same hash', async () => {
    const first = await parseInbound(fixture('gmail.eml'));
    expect(first.from).toBe('person@example.org');
    expect(first.headerRecipients).toContain('reply+abc@commonroom.example');
    expect(first.automatic).toBe(false);
    expect((await parseInbound(fixture('apple-mail.eml'))).messageHash).toBe(first.messageHash);
  });

  it.each([
    ['Auto-Submitted: auto-replied'],
    ['Precedence: bulk'],
    ['List-Id: <staff.example.org>'],
    ['X-Autoreply: yes'],
  ])('marks %s as automatic', async (header) => {
    const raw = `${header}\r\nFrom: a@example.org\r\nTo: b@example.org\r\nSubject: Out of office\r\n\r\nAway.\r\n`;
    expect((await parseInbound(Buffer.from(raw))).automatic).toBe(true);
  });
});
