import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts';
import { DiscussionsModule } from '../discussions';
import { InboundMailService } from './inbound-mail.service';
import { InboundMessagesRepository } from './inbound-messages.repository';
import { InboundSmtpListener } from './inbound-smtp.listener';
import { MailInNotices } from './mail-in-notices';
import { ReplyAddresses } from './reply-addresses';

/**
 * Reply by email (docs/reply-by-email.md): reply addresses for outgoing notices, and the inbound
 * mail that answers them, through the SMTP listener or the `mail:receive` pipe command.
 */
@Module({
  imports: [AccountsModule, DiscussionsModule],
  providers: [ReplyAddresses, InboundMessagesRepository, MailInNotices, InboundMailService, InboundSmtpListener],
  exports: [ReplyAddresses, InboundMailService, InboundSmtpListener],
})
export class MailInModule {}
