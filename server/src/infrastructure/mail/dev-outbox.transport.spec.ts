import { DevOutboxTransport } from './dev-outbox.transport';

const mail = (n: number) => ({
  to: `person${n}@example.org`,
  from: 'Commonroom <no-reply@localhost>',
  subject: `Message ${n}`,
  text: `Body ${n}`,
  category: 'test',
});

describe('DevOutboxTransport', () => {
  it('lists messages newest first, each with an id and the time it arrived', async () => {
    const sut = new DevOutboxTransport();
    await sut.deliver(mail(1));
    await sut.deliver(mail(2));
    const [newest, oldest] = sut.list();
    expect([newest?.subject, oldest?.subject]).toEqual(['Message 2', 'Message 1']);
    expect(newest?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(newest?.id).not.toBe(oldest?.id);
    expect(Number.isNaN(Date.parse(newest?.receivedAt ?? ''))).toBe(false);
  });

  it('keeps only the newest 200 messages', async () => {
    const sut = new DevOutboxTransport();
    for (let n = 1; n <= 205; n++) await sut.deliver(mail(n));
    const messages = sut.list();
    expect(messages).toHaveLength(200);
    expect(messages[0]?.subject).toBe('Message 205');
    expect(messages[199]?.subject).toBe('Message 6');
  });

  it('finds a message by id and answers undefined for an unknown id', async () => {
    const sut = new DevOutboxTransport();
    await sut.deliver({ ...mail(1), headers: { 'List-Unsubscribe': '<https://example.org/u>' } });
    const [message] = sut.list();
    expect(sut.find(message!.id)).toEqual(
      expect.objectContaining({
        to: 'person1@example.org',
        headers: { 'List-Unsubscribe': '<https://example.org/u>' },
      }),
    );
    expect(sut.find('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });
});
