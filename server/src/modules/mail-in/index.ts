/** What other modules may use of mail-in (reply by email, docs/reply-by-email.md). */
export { MailInModule } from './mail-in.module';
export { ReplyAddresses, type ReplyTarget } from './reply-addresses';
