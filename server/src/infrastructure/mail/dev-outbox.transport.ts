import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AddressedMail, MailTransport } from './mail-transport';

export interface OutboxMessage extends AddressedMail {
  id: string;
  /** ISO 8601. */
  receivedAt: string;
}

const CAPACITY = 200;

/**
 * Development stand-in for a mail server: keeps the latest messages in memory (newest first)
 * so a developer, or a browser test, can read them at `/dev/mail`. Never used in production.
 */
@Injectable()
export class DevOutboxTransport implements MailTransport {
  private messages: OutboxMessage[] = [];

  async deliver(mail: AddressedMail): Promise<void> {
    const message = { ...mail, id: randomUUID(), receivedAt: new Date().toISOString() };
    this.messages = [message, ...this.messages].slice(0, CAPACITY);
  }

  /** Newest first. */
  list(): readonly OutboxMessage[] {
    return this.messages;
  }

  find(id: string): OutboxMessage | undefined {
    return this.messages.find((m) => m.id === id);
  }

  async close(): Promise<void> {}
}
