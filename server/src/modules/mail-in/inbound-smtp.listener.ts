import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { RateLimiter } from '../../infrastructure/rate-limit/rate-limiter.service';
import { InboundMailService } from './inbound-mail.service';
import { ReplyAddresses } from './reply-addresses';

/** A reply is text; 10 MB leaves room for a phone's inline photo and signature images. */
export const INBOUND_MAX_BYTES = 10 * 1024 * 1024;
/** Messages one sender address (and one client address) may hand us an hour. */
const PER_SENDER_PER_HOUR = 60;
const PER_CLIENT_PER_HOUR = 300;

/** An SMTP error with the reply code the client sees. */
function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * The app's own inbound SMTP listener (`INBOUND_SMTP_PORT`): accepts mail only for valid reply
 * addresses (others are refused at RCPT, before any data), caps the size and the rate per sender
 * and client, and hands each message to `InboundMailService`. No AUTH: anyone may deliver, the
 * reply token and the From check decide what is posted. A failure on our side answers 451, so
 * the sending server tries again later instead of bouncing.
 */
@Injectable()
export class InboundSmtpListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('InboundSmtp');
  private server: SMTPServer | undefined;

  constructor(
    private readonly inbound: InboundMailService,
    private readonly addresses: ReplyAddresses,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { smtpPort, smtpHost, replyDomain } = this.config.mailIn;
    if (smtpPort === undefined) return;
    const server = new SMTPServer({
      name: replyDomain,
      banner: 'Commonroom replies',
      authOptional: true,
      // Plain SMTP: put it behind your mail relay, or use the pipe command (docs/reply-by-email.md).
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: INBOUND_MAX_BYTES,
      logger: false,
      onMailFrom: (address, session, callback) => void this.admit(address, session).then(() => callback(), callback),
      onRcptTo: (address, _session, callback) =>
        this.addresses.verify(address.address) ? callback() : callback(smtpError(550, 'No such recipient here')),
      onData: (stream, session, callback) => void this.data(stream, session).then(() => callback(), callback),
    });
    server.on('error', (error) => this.logger.warn({ code: (error as { code?: string }).code }, 'SMTP session error'));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(smtpPort, smtpHost, () => resolve());
    });
    this.server = server;
    this.logger.log({ port: this.port() }, 'Listening for replies by email');
  }

  /** The bound port (tests listen on a free one). */
  port(): number | undefined {
    const address = this.server?.server.address() as AddressInfo | null | undefined;
    return address?.port;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async admit(address: SMTPServerAddress, session: SMTPServerSession): Promise<void> {
    const sender = createHash('sha256').update(address.address.toLowerCase()).digest('hex');
    const limits = [
      { key: `mail-in:sender:${sender}`, limit: PER_SENDER_PER_HOUR, windowSeconds: 3600 },
      { key: `mail-in:client:${session.remoteAddress}`, limit: PER_CLIENT_PER_HOUR, windowSeconds: 3600 },
    ];
    for (const limit of limits)
      if (!(await this.limiter.allow(limit))) throw smtpError(450, 'Too many messages; please try again later');
  }

  private async data(stream: Readable & { sizeExceeded?: boolean }, session: SMTPServerSession): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    if (stream.sizeExceeded) throw smtpError(552, 'Message too large');
    try {
      await this.inbound.receive(
        Buffer.concat(chunks),
        session.envelope.rcptTo.map((r) => r.address),
      );
    } catch (error) {
      this.logger.error({ err: error }, 'Reply by email could not be processed; the sender will retry');
      throw smtpError(451, 'Temporary failure; please try again later');
    }
  }
}
