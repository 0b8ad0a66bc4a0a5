import { Module } from '@nestjs/common';

/** The thread/post engine shared by forums, critical-incident discussions and blog comments. */
@Module({})
export class DiscussionsModule {}
