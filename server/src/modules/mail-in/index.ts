/** What other modules may use of mail-in (reply by email, docs/reply-by-email.md). */
export { MailInModule } from './mail-in.module';
export { MAIL_IN_ENTITIES } from './mail-in.entities';
export { ReplyAddresses, type ReplyTarget } from './reply-addresses';
export { InboundMailService, type InboundResult } from './inbound-mail.service';
export { InboundSmtpListener } from './inbound-smtp.listener';
