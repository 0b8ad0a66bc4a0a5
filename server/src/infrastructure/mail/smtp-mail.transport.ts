import { createTransport, type Transporter } from 'nodemailer';
import type { AddressedMail, MailTransport } from './mail-transport';

/** Sends through the mail server in `SMTP_URL`, over a small pool of reused connections. */
export class SmtpMailTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(smtpUrl: string) {
    this.transporter = createTransport({
      url: smtpUrl,
      pool: true,
      // A digest run hands over tens of thousands of messages; each one waits on the server's replies,
      // so connections in parallel are what carries them (and reconnecting every 100 cost a handshake each).
      maxConnections: 5,
      maxMessages: 1000,
      // Fail within seconds rather than nodemailer's two-minute default, so a request that
      // sends an email does not hang when the mail server is down.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async deliver(mail: AddressedMail): Promise<void> {
    await this.transporter.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
      ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      ...(mail.headers ? { headers: mail.headers } : {}),
    });
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}
