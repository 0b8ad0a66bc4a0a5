import { Module } from '@nestjs/common';
import { ReplyAddresses } from './reply-addresses';

/** Reply by email: reply addresses for outgoing notices and the inbound mail that answers them. */
@Module({
  providers: [ReplyAddresses],
  exports: [ReplyAddresses],
})
export class MailInModule {}
