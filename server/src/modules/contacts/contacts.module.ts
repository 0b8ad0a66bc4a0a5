import { Module } from '@nestjs/common';

/** Contact requests: reaching a colleague without anything being revealed until they accept. */
@Module({
  imports: [],
  controllers: [],
  providers: [],
  exports: [],
})
export class ContactsModule {}
