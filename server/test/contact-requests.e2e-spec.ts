import {
  CONTACT_LIMITS,
  receivedContactRequestListSchema,
  receivedContactRequestSchema,
  sentContactRequestListSchema,
  sentContactRequestSchema,
} from '@commonroom/contracts';
import type { DataSource } from 'typeorm';
import { useAppWithMail } from './support/accounts';
import { BrowserLikeClient } from './support/browser-like-client';
import { openTestDataSource } from './support/data-source';
import { signedInPerson, type SignedInPerson } from './support/people';
import { linkFrom } from './support/smtp-sink';

/** A message that names a pupil: it must stay on Commonroom, never in an email, a log or the audit trail. */
const MESSAGE = 'Hello! I mentor Jamie Okonkwo-Pupil in Year 9 physics and would value your advice on practicals.';
const ALREADY_ASKED = 'You have already asked this person; they will reply if they wish.';

describe('contact requests', () => {
  const env = useAppWithMail();
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await openTestDataSource();
  });
  afterAll(() => dataSource.destroy());

  const person = (displayName?: string) => signedInPerson(env.app, displayName ? { displayName } : {});

  function ask(
    sender: SignedInPerson,
    recipient: { userId: string },
    message = MESSAGE,
    headers: Record<string, string> = {},
  ) {
    return sender.client.send('POST', `/api/people/${recipient.userId}/contact-requests`, { message }, { headers });
  }

  async function asked(sender: SignedInPerson, recipient: { userId: string }) {
    const response = await ask(sender, recipient);
    expect(response.status).toBe(201);
    return sentContactRequestSchema.parse(await response.json());
  }

  async function sentBy(sender: SignedInPerson) {
    return sentContactRequestListSchema.parse(await (await sender.client.get('/api/me/contact-requests/sent')).json())
      .items;
  }

  async function receivedBy(recipient: SignedInPerson) {
    return receivedContactRequestListSchema.parse(
      await (await recipient.client.get('/api/me/contact-requests/received')).json(),
    );
  }

  /** The refusal body, which must be byte-for-byte the same whatever the reason. */
  async function refusal(response: Response) {
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: { code: string; message: string } };
    return { code: body.error.code, message: body.error.message };
  }

  async function pushDecisionBack(requestId: string, days: number) {
    await dataSource.query(
      `UPDATE contact_requests SET created_at = now() - make_interval(days => $2), decided_at = now() - make_interval(days => $2) WHERE id = $1`,
      [requestId, days],
    );
  }

  it('emails the recipient without the message; on accepting, the sender sees exactly the routes chosen', async () => {
    const sender = await person('Priya Coordinator');
    const recipient = await person('Tomasz Physics');
    await dataSource.query(
      `UPDATE profiles SET contact_email = 'tomasz.work@school.example.org', contact_phone = '01632 960123' WHERE user_id = $1`,
      [recipient.userId],
    );

    const sent = await asked(sender, recipient);
    expect(sent).toMatchObject({
      to: { userId: recipient.userId, displayName: 'Tomasz Physics' },
      message: MESSAGE,
      status: 'pending',
      sharedContact: null,
      acceptedAt: null,
    });

    const mail = await env.smtp.waitForMessage((m) => m.to.includes(recipient.email));
    expect(mail.subject).toBe('Priya Coordinator would like to get in touch');
    expect(new URL(linkFrom(mail, '/contact-requests')).pathname).toBe('/contact-requests');
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toContain('Okonkwo');
      expect(part).not.toContain('practicals');
    }

    const inbox = await receivedBy(recipient);
    expect(inbox.pending).toBe(1);
    expect(inbox.items).toEqual([
      expect.objectContaining({
        id: sent.id,
        from: { userId: sender.userId, displayName: 'Priya Coordinator' },
        message: MESSAGE,
        status: 'pending',
        senderBlocked: false,
      }),
    ]);

    const accepted = await recipient.client.send('POST', `/api/me/contact-requests/${sent.id}/accept`, {
      shareEmail: true,
      sharePhone: false,
      note: 'Tuesdays after 3pm',
    });
    expect(accepted.status).toBe(200);
    expect(receivedContactRequestSchema.parse(await accepted.json())).toMatchObject({
      status: 'accepted',
      sharedContact: { email: 'tomasz.work@school.example.org', phone: null, note: 'Tuesdays after 3pm' },
    });

    // A snapshot: changing the profile afterwards does not change what was shared.
    await dataSource.query(`UPDATE profiles SET contact_email = 'changed@school.example.org' WHERE user_id = $1`, [
      recipient.userId,
    ]);
    const [mine] = await sentBy(sender);
    expect(mine).toMatchObject({
      id: sent.id,
      status: 'accepted',
      sharedContact: { email: 'tomasz.work@school.example.org', phone: null, note: 'Tuesdays after 3pm' },
    });
    expect(mine?.acceptedAt).not.toBeNull();
    expect((await receivedBy(recipient)).pending).toBe(0);
  });

  it('shares the sign-in address when there is no contact email, and refuses to share a phone that is not set', async () => {
    const sender = await person();
    const recipient = await person();
    const { id } = await asked(sender, recipient);

    const noPhone = await recipient.client.send('POST', `/api/me/contact-requests/${id}/accept`, {
      shareEmail: false,
      sharePhone: true,
      note: null,
    });
    expect(noPhone.status).toBe(400);
    const nothing = await recipient.client.send('POST', `/api/me/contact-requests/${id}/accept`, {
      shareEmail: false,
      sharePhone: false,
      note: '',
    });
    expect(nothing.status).toBe(400);
    expect((await receivedBy(recipient)).items[0]?.status).toBe('pending');

    const accepted = receivedContactRequestSchema.parse(
      await (
        await recipient.client.send('POST', `/api/me/contact-requests/${id}/accept`, {
          shareEmail: true,
          sharePhone: false,
          note: null,
        })
      ).json(),
    );
    expect(accepted.sharedContact).toEqual({ email: recipient.email, phone: null, note: null });
  });

  it('refuses a request to yourself, to nobody, without signing in, and a second one while the first is pending', async () => {
    const sender = await person();
    const recipient = await person();
    expect((await ask(sender, sender)).status).toBe(400);
    expect((await ask(sender, { userId: crypto.randomUUID() })).status).toBe(404);
    expect((await ask(sender, recipient, 'Too short')).status).toBe(400);
    expect(
      (
        await new BrowserLikeClient(env.app).send('POST', `/api/people/${recipient.userId}/contact-requests`, {
          message: MESSAGE,
        })
      ).status,
    ).toBe(401);

    await asked(sender, recipient);
    expect(await refusal(await ask(sender, recipient))).toEqual({ code: 'conflict', message: ALREADY_ASKED });
    expect(await sentBy(sender)).toHaveLength(1);
  });

  it('keeps one pending request when the same person asks several times at once', async () => {
    const sender = await person();
    const recipient = await person();
    const statuses = await Promise.all([ask(sender, recipient), ask(sender, recipient), ask(sender, recipient)]).then(
      (all) => all.map((r) => r.status),
    );
    expect(statuses.sort()).toEqual([201, 409, 409]);
    expect((await receivedBy(recipient)).items).toHaveLength(1);
  });

  it('answers a retried submit with the same request when it carries the same Idempotency-Key', async () => {
    const sender = await person();
    const recipient = await person();
    const key = crypto.randomUUID();
    const first = await ask(sender, recipient, MESSAGE, { 'idempotency-key': key });
    const retry = await ask(sender, recipient, MESSAGE, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(sentContactRequestSchema.parse(await retry.json()).id).toBe(
      sentContactRequestSchema.parse(await first.json()).id,
    );
    expect((await receivedBy(recipient)).items).toHaveLength(1);
  });

  it('declines silently: the sender still sees pending and gets the same refusal, until the retry period passes', async () => {
    const sender = await person();
    const recipient = await person();
    const pendingRefusal = await (async () => {
      const other = await person();
      await asked(sender, other);
      return refusal(await ask(sender, other));
    })();

    const { id } = await asked(sender, recipient);
    const declined = await recipient.client.send('POST', `/api/me/contact-requests/${id}/decline`, {});
    expect(receivedContactRequestSchema.parse(await declined.json())).toMatchObject({
      status: 'declined',
      senderBlocked: false,
      sharedContact: null,
    });

    expect((await sentBy(sender)).find((r) => r.id === id)).toMatchObject({
      status: 'pending',
      sharedContact: null,
      acceptedAt: null,
    });
    expect(await refusal(await ask(sender, recipient))).toEqual(pendingRefusal);

    await pushDecisionBack(id, CONTACT_LIMITS.retryAfterDays - 1);
    expect(await refusal(await ask(sender, recipient))).toEqual(pendingRefusal);
    await pushDecisionBack(id, CONTACT_LIMITS.retryAfterDays + 1);
    expect((await ask(sender, recipient)).status).toBe(201);
    // The recipient's record keeps both, newest first.
    expect((await receivedBy(recipient)).items.map((r) => r.status)).toEqual(['pending', 'declined']);
  });

  it('a blocked sender gets the same refusal for good, still sees pending, and may ask again once unblocked', async () => {
    const sender = await person();
    const recipient = await person();
    const { id } = await asked(sender, recipient);
    const pendingRefusal = await refusal(await ask(sender, recipient));

    const declined = await recipient.client.send('POST', `/api/me/contact-requests/${id}/decline`, { block: true });
    expect(receivedContactRequestSchema.parse(await declined.json())).toMatchObject({
      status: 'declined',
      senderBlocked: true,
    });
    await pushDecisionBack(id, CONTACT_LIMITS.retryAfterDays + 1);

    expect(await refusal(await ask(sender, recipient))).toEqual(pendingRefusal);
    expect((await sentBy(sender))[0]).toMatchObject({ id, status: 'pending' });

    expect((await recipient.client.send('DELETE', `/api/me/contact-blocks/${sender.userId}`)).status).toBe(204);
    expect((await recipient.client.send('DELETE', `/api/me/contact-blocks/${sender.userId}`)).status).toBe(404);
    expect((await receivedBy(recipient)).items[0]?.senderBlocked).toBe(false);
    expect((await ask(sender, recipient)).status).toBe(201);
  });

  it('a request answers 404 to everyone but its recipient, and 409 once answered', async () => {
    const sender = await person();
    const recipient = await person();
    const stranger = await person();
    const { id } = await asked(sender, recipient);
    const accept = { shareEmail: true, sharePhone: false, note: null };

    for (const outsider of [sender, stranger]) {
      expect((await outsider.client.send('POST', `/api/me/contact-requests/${id}/accept`, accept)).status).toBe(404);
      expect(
        (await outsider.client.send('POST', `/api/me/contact-requests/${id}/decline`, { block: true })).status,
      ).toBe(404);
    }
    expect(
      (await stranger.client.send('POST', `/api/me/contact-requests/${crypto.randomUUID()}/accept`, accept)).status,
    ).toBe(404);
    expect((await receivedBy(stranger)).items).toEqual([]);
    expect((await receivedBy(recipient)).items[0]).toMatchObject({ status: 'pending', senderBlocked: false });

    expect((await recipient.client.send('POST', `/api/me/contact-requests/${id}/accept`, accept)).status).toBe(200);
    expect(
      (await recipient.client.send('POST', `/api/me/contact-requests/${id}/decline`, { block: false })).status,
    ).toBe(409);
  });

  it(`limits a sender to ${CONTACT_LIMITS.perSenderPerDay} requests a day, with Retry-After`, async () => {
    const sender = await person();
    const recipients = await Promise.all(Array.from({ length: CONTACT_LIMITS.perSenderPerDay + 1 }, () => person()));
    for (const recipient of recipients.slice(0, -1)) await asked(sender, recipient);
    const limited = await ask(sender, recipients.at(-1)!);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await sentBy(sender)).toHaveLength(CONTACT_LIMITS.perSenderPerDay);
  });

  it('audits every step with ids only, never the message', async () => {
    const sender = await person();
    const recipient = await person();
    const first = await asked(sender, recipient);
    await recipient.client.send('POST', `/api/me/contact-requests/${first.id}/accept`, {
      shareEmail: true,
      sharePhone: false,
      note: null,
    });
    const second = await asked(sender, recipient);
    await recipient.client.send('POST', `/api/me/contact-requests/${second.id}/decline`, { block: true });

    const events: {
      action: string;
      actor_user_id: string;
      subject_user_id: string;
      metadata: Record<string, unknown>;
    }[] = await dataSource.query(
      `SELECT action, actor_user_id, subject_user_id, metadata FROM audit_events WHERE metadata->>'requestId' = ANY($1) ORDER BY occurred_at, id`,
      [[first.id, second.id]],
    );
    expect(events.map((e) => [e.action, e.actor_user_id, e.subject_user_id, e.metadata])).toEqual([
      ['contact.requested', sender.userId, recipient.userId, { requestId: first.id }],
      ['contact.accepted', recipient.userId, sender.userId, { requestId: first.id }],
      ['contact.requested', sender.userId, recipient.userId, { requestId: second.id }],
      ['contact.declined', recipient.userId, sender.userId, { requestId: second.id }],
      ['contact.blocked', recipient.userId, sender.userId, { requestId: second.id }],
    ]);
    expect(JSON.stringify(events)).not.toContain('Okonkwo');
  });
});
