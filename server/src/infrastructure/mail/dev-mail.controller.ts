import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access.decorators';
import { DomainError } from '../errors/domain-error';
import { Contract } from '../http/contract.decorator';
import { messagePage, outboxPage } from './dev-mail.pages';
import { devMailListSchema, type DevMailList } from './dev-mail.schema';
import { DevOutboxTransport } from './dev-outbox.transport';

/**
 * Read the development outbox: pages for people, JSON for browser tests. Registered only when
 * `config.mail.devOutbox` (no SMTP_URL, not production), so these routes never exist in production.
 */
@Controller()
@Public()
export class DevMailController {
  constructor(private readonly outbox: DevOutboxTransport) {}

  @Get('dev/mail')
  page(@Res() reply: FastifyReply): void {
    void reply
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(outboxPage(this.outbox.list()));
  }

  @Get('dev/mail/:id')
  message(@Param('id') id: string, @Res() reply: FastifyReply): void {
    const message = this.outbox.find(id);
    if (!message) throw DomainError.notFound('That message');
    void reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(messagePage(message));
  }

  @Get('api/dev/mail')
  @Contract({
    summary: 'List the messages in the development outbox, newest first',
    description: 'Only on development and test servers without SMTP_URL: browser tests read links sent by email here.',
    tags: ['development'],
    response: devMailListSchema,
  })
  list(): DevMailList {
    return { items: [...this.outbox.list()] };
  }
}
