import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations';
import { ContactMailService } from './contact-mail.service';
import { ContactRequestsController } from './contact-requests.controller';
import { ContactRequestsRepository } from './contact-requests.repository';
import { ContactRequestsService } from './contact-requests.service';

/** Contact requests: reaching a colleague without anything being revealed until they accept. */
@Module({
  imports: [ConversationsModule],
  controllers: [ContactRequestsController],
  providers: [ContactRequestsRepository, ContactRequestsService, ContactMailService],
  exports: [ContactRequestsService],
})
export class ContactsModule {}
