import { Module } from '@nestjs/common';

/** Profiles: what people say about themselves, each field with its own visibility. */
@Module({
  imports: [],
  controllers: [],
  providers: [],
  exports: [],
})
export class ProfilesModule {}
