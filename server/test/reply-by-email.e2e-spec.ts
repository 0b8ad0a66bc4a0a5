import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { ReplyAddresses } from '../src/modules/mail-in';
import { buildForum, startThread } from './factories/forum.factory';
import { openTestDataSource } from './support/data-source';
import { testDatabaseUrl } from './support/database';
import { signedInPerson, type SignedInPerson } from './support/people';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startTestApp, TEST_SECRET_KEY, type TestApp } from './support/test-app';

const DOMAIN = 'reply.commonroom.test';
const CLI = join(__dirname, '..', 'dist', 'cli.js');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A fixture message as Gmail, Outlook or Apple Mail would send it, addressed for this test. */
function fixture(name: string, fields: { from: string; to: string; messageId?: string }): Buffer {
  return Buffer.from(
    readFileSync(join(__dirname, 'fixtures', 'mail', name), 'utf8')
      .replaceAll('{{FROM}}', fields.from)
      .replaceAll('{{TO}}', fields.to)
      .replaceAll('{{MESSAGE_ID}}', fields.messageId ?? `${randomUUID()}@mail.example`),
  );
}

function plainMessage(fields: { from: string; to: string; text: string; headers?: string[]; messageId?: string }) {
  const headers = [
    `From: ${fields.from}`,
    `To: ${fields.to}`,
    'Subject: Re: a discussion',
    `Message-ID: <${fields.messageId ?? randomUUID()}@mail.example>`,
    ...(fields.headers ?? []),
  ];
  return Buffer.from(`${headers.join('\r\n')}\r\n\r\n${fields.text.replace(/\n/g, '\r\n')}\r\n`);
}

/** Reply by email over real SMTP (nodemailer → the app's listener) and through the pipe command. */
describe('reply by email', () => {
  let sink: SmtpSink;
  let app: TestApp;
  let dataSource: DataSource;
  let smtpPort: number;
  let addresses: ReplyAddresses;
  let author: SignedInPerson;
  let member: SignedInPerson;
  let threadId: string;
  let communityId: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    smtpPort = await freePort();
    app = await startTestApp({ SMTP_URL: sink.url, INBOUND_SMTP_PORT: String(smtpPort), MAIL_REPLY_DOMAIN: DOMAIN });
    dataSource = await openTestDataSource();
    addresses = app.app.get(ReplyAddresses);
  });
  afterAll(async () => {
    await app?.close();
    await dataSource?.destroy();
    await sink?.stop();
  });
  beforeEach(async () => {
    [author, member] = [await signedInPerson(app), await signedInPerson(app)];
    const { community, category } = await buildForum(dataSource, {
      members: { [author.userId]: 'member', [member.userId]: 'member' },
    });
    communityId = community.id;
    threadId = await startThread(author, community.slug, category.slug, { title: 'Feedback after a difficult lesson' });
    sink.clear();
  });

  const deliver = (raw: Buffer, to: string, from = 'sender@example.org') =>
    createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true }).sendMail({
      envelope: { from, to: [to] },
      raw,
    });
  const postsBy = async (userId: string): Promise<string[]> =>
    (
      (await dataSource.query(
        'SELECT raw FROM discussion_posts WHERE thread_id = $1 AND author_id = $2 ORDER BY number',
        [threadId, userId],
      )) as { raw: string }[]
    ).map((row) => row.raw);

  it('posts a Gmail reply once, without its quote and signature, even when delivered twice', async () => {
    const to = addresses.forThread(member.userId, threadId);
    const raw = fixture('gmail.eml', { from: member.email.toUpperCase(), to });
    await deliver(raw, to);
    await deliver(raw, to);
    expect(await postsBy(member.userId)).toEqual([
      'Thanks Tom – I tried the “one thing to work on” approach with my trainee this week and it helped.\n\n' +
        'She asked for a second observation next Tuesday.',
    ]);
    expect(sink.messages).toHaveLength(0);
  });

  it('strips Outlook and Apple Mail quotes and signatures too', async () => {
    const to = addresses.forThread(member.userId, threadId);
    await deliver(fixture('outlook.eml', { from: member.email, to }), to);
    await deliver(fixture('apple-mail.eml', { from: member.email, to }), to);
    expect(await postsBy(member.userId)).toEqual([
      'Happy to do the second observation with you.\n\nI will bring the lesson plan template.',
      'Could I join the observation too? I’m free after 2pm.',
    ]);
  });

  it('does not post a reply from another address, and tells that address why without naming the discussion', async () => {
    const to = addresses.forThread(member.userId, threadId);
    await deliver(plainMessage({ from: 'someone.else@example.org', to, text: 'Let me in' }), to);
    expect(await postsBy(member.userId)).toEqual([]);
    const answer = await sink.waitForMessage((m) => m.to.includes('someone.else@example.org'));
    expect(answer.subject).toBe('Your reply was not posted');
    expect(answer.headers['auto-submitted']).toBe('auto-replied');
    expect(answer.text).toContain('not the one your Commonroom account uses');
    expect(`${answer.text}${answer.html}`).not.toMatch(/Feedback after a difficult lesson|Let me in|@school\.example/);
  });

  it('does not post for someone who has left the community, and tells them once', async () => {
    await dataSource.query('DELETE FROM community_members WHERE community_id = $1 AND user_id = $2', [
      communityId,
      member.userId,
    ]);
    const to = addresses.forThread(member.userId, threadId);
    const raw = plainMessage({ from: member.email, to, text: 'Still here?' });
    await deliver(raw, to);
    await deliver(raw, to);
    expect(await postsBy(member.userId)).toEqual([]);
    const answer = await sink.waitForMessage((m) => m.to.includes(member.email));
    expect(answer.text).toContain('You cannot reply in that discussion at the moment');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.messages).toHaveLength(1);
  });

  it('does not post in a locked discussion, as on the web', async () => {
    await dataSource.query('UPDATE discussion_threads SET locked_at = now() WHERE id = $1', [threadId]);
    const to = addresses.forThread(member.userId, threadId);
    await deliver(plainMessage({ from: member.email, to, text: 'One more thing' }), to);
    expect(await postsBy(member.userId)).toEqual([]);
    expect((await sink.waitForMessage((m) => m.to.includes(member.email))).text).toContain('may have been locked');
  });

  it('refuses unknown and forged recipients at RCPT, before any data', async () => {
    const forged = addresses.forThread(member.userId, threadId).replace(/\+([a-z2-7])/, (_m, c: string) => {
      return `+${c === 'a' ? 'b' : 'a'}`;
    });
    for (const to of [`someone@${DOMAIN}`, forged, 'reply+abc@elsewhere.example'])
      await expect(deliver(plainMessage({ from: member.email, to, text: 'Hello' }), to)).rejects.toMatchObject({
        responseCode: 550,
      });
  });

  it('ignores auto-replies and list mail: no post and no answer (no loops)', async () => {
    const to = addresses.forThread(member.userId, threadId);
    for (const header of ['Auto-Submitted: auto-replied', 'Precedence: bulk', 'List-Id: <staff.example.org>'])
      await deliver(plainMessage({ from: member.email, to, text: 'I am out of the office', headers: [header] }), to);
    expect(await postsBy(member.userId)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.messages).toHaveLength(0);
  });

  it('refuses a reply with nothing above the quote', async () => {
    const to = addresses.forThread(member.userId, threadId);
    await deliver(
      plainMessage({ from: member.email, to, text: '\n\nOn Tue, 3 Jun 2025, Commonroom wrote:\n> old' }),
      to,
    );
    expect(await postsBy(member.userId)).toEqual([]);
    expect((await sink.waitForMessage((m) => m.to.includes(member.email))).text).toContain('could not find any new');
  });

  it('the pipe command posts a message from standard input once (exit 0 both times)', async () => {
    const to = addresses.forThread(member.userId, threadId);
    const raw = plainMessage({ from: member.email, to, text: 'Posted through the pipe.\n\n-- \nA mentor' });
    const pipe = () =>
      new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [CLI, 'mail:receive'], {
          env: {
            PATH: process.env.PATH,
            NODE_ENV: 'test',
            DATABASE_URL: databaseUrl,
            MIGRATE_ON_START: 'false',
            SECRET_KEY: TEST_SECRET_KEY,
            MAIL_REPLY_DOMAIN: DOMAIN,
            SMTP_URL: sink.url,
            LOG_LEVEL: 'warn',
          },
          stdio: ['pipe', 'pipe', 'inherit'],
        });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.on('error', reject);
        child.on('exit', (code) => resolve({ code, stdout }));
        child.stdin.end(raw);
      });
    const databaseUrl = await testDatabaseUrl();
    const first = await pipe();
    expect(first).toEqual({ code: 0, stdout: 'posted\n' });
    expect(await pipe()).toEqual({ code: 0, stdout: 'duplicate\n' });
    expect(await postsBy(member.userId)).toEqual(['Posted through the pipe.']);
  });
});
